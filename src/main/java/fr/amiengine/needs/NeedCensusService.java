package fr.amiengine.needs;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.amiengine.identity.AdministrationType;
import fr.amiengine.shared.CsvFiles;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The census read: the administrators' figures and list, filtered; and the public, aggregated and anonymous view of
 * the open needs, in JSON and in CSV, with its small-cell suppression of ministries.
 */
@ApplicationScoped
public class NeedCensusService {

    /** A hard constraint, as counted: its kind and value, and whether a need asks it. */
    record Constraint(String code, String label, Predicate<Need> asked) {
    }

    @Inject
    NeedRepository needs;

    @Inject
    ServerClock clock;

    @Inject
    NeedTexts texts;

    /** The administrators' census of the needs matching the filters (each null: any). */
    @Transactional
    public NeedCensus census(String familyCode, String ministry, AdministrationType type, NeedState state) {
        List<Need> found = needs.filtered(blankToNull(familyCode), blankToNull(ministry), type, state);
        List<NeedCensus.Count> byFamily = count(found, n -> n.familyCode, n -> n.familyLabel);
        List<NeedCensus.Count> byType = count(found, n -> n.administrationType.name(), n -> n.administrationType.label);
        List<NeedCensus.Count> byMinistry = count(found, n -> n.ministry.toLowerCase(Locale.FRENCH), n -> n.ministry).stream()
                .map(c -> new NeedCensus.Count(null, c.label(), c.needs())).toList();
        List<NeedCensus.Count> byConstraint = constraints().stream()
                .map(c -> new NeedCensus.Count(c.code(), c.label(), found.stream().filter(c.asked()).count())).toList();
        List<NeedCensus.Line> lines = found.stream().map(n -> new NeedCensus.Line(n.reference, n.title, n.organisation.legalName,
                n.ministry, new NeedFamily(n.familyCode, n.familyLabel), n.administrationType, n.state, n.horizon, n.createdAt))
                .toList();
        return new NeedCensus(found.size(), byFamily, byMinistry, byType, byConstraint, lines);
    }

    /** The ministries named by needs, for the filter of the administrators' page. */
    @Transactional
    public List<String> ministries() {
        return count(needs.listAll(), n -> n.ministry.toLowerCase(Locale.FRENCH), n -> n.ministry).stream()
                .map(NeedCensus.Count::label).sorted(Comparator.comparing(s -> s.toLowerCase(Locale.FRENCH))).toList();
    }

    /** The public census: the open needs only, counted, anonymous. */
    @Transactional
    public PublicNeedCensus publicCensus() {
        List<Need> open = needs.open();
        Map<String, PublicNeedCensus.FamilyTypeCell> cells = new LinkedHashMap<>();
        for (Need n : open) {
            String key = n.familyCode + "|" + n.administrationType;
            PublicNeedCensus.FamilyTypeCell cell = cells.get(key);
            cells.put(key, new PublicNeedCensus.FamilyTypeCell(new PublicNeedCensus.Ref(n.familyCode, n.familyLabel),
                    new PublicNeedCensus.Ref(n.administrationType.name(), n.administrationType.label),
                    cell == null ? 1 : cell.needs() + 1));
        }
        List<PublicNeedCensus.FamilyTypeCell> byFamilyAndType = cells.values().stream()
                .sorted(Comparator.comparing((PublicNeedCensus.FamilyTypeCell c) -> c.family().code())
                        .thenComparing(c -> c.administrationType().code())).toList();
        List<PublicNeedCensus.Ministry> ministries = new ArrayList<>();
        long otherMinistries = 0;
        for (NeedCensus.Count c : count(open, n -> n.ministry.toLowerCase(Locale.FRENCH), n -> n.ministry)) {
            if (c.needs() >= PublicNeedCensus.SMALL_CELL) {
                ministries.add(new PublicNeedCensus.Ministry(c.label(), c.needs()));
            } else {
                otherMinistries += c.needs();
            }
        }
        List<PublicNeedCensus.Count> byConstraint = constraints().stream()
                .map(c -> new PublicNeedCensus.Count(c.code(), c.label(), open.stream().filter(c.asked()).count())).toList();
        List<PublicNeedCensus.Count> byHorizon = Arrays.stream(NeedHorizon.values())
                .map(h -> new PublicNeedCensus.Count(h.name(), h.label, open.stream().filter(n -> n.horizon == h).count())).toList();
        List<PublicNeedCensus.Count> byBudget = Arrays.stream(NeedBudgetBand.values())
                .map(b -> new PublicNeedCensus.Count(b.name(), b.label,
                        open.stream().filter(n -> NeedBudgetBand.of(n.budgetMinEuros, n.budgetMaxEuros) == b).count())).toList();
        return new PublicNeedCensus(PublicNeedCensus.SCHEMA, clock.now(), texts.public_scope(), open.size(),
                PublicNeedCensus.SMALL_CELL, byFamilyAndType, ministries, otherMinistries, byConstraint, byHorizon, byBudget);
    }

    /**
     * The public census as one CSV table (Table Schema {@value PublicNeedCensus#TABLE_SCHEMA}), a row per count:
     * {@code dimension} says which (family × type, ministry, other ministries, constraint, horizon, budget band, total).
     */
    public String csv(PublicNeedCensus census) {
        StringWriter out = new StringWriter();
        try {
            CsvWriter csv = CsvFiles.open(out);
            csv.writeRecord("dimension", "code", "libelle", "code_type_administration", "type_administration", "besoins");
            csv.writeRecord("total", "", texts.csv_total(), "", "", String.valueOf(census.openNeeds()));
            for (PublicNeedCensus.FamilyTypeCell c : census.byFamilyAndAdministrationType()) {
                csv.writeRecord("famille_type", c.family().code(), c.family().label(), c.administrationType().code(),
                        c.administrationType().label(), String.valueOf(c.needs()));
            }
            for (PublicNeedCensus.Ministry m : census.byMinistry()) {
                csv.writeRecord("ministere", "", m.name(), "", "", String.valueOf(m.needs()));
            }
            csv.writeRecord("autres_ministeres", "", texts.csv_other_ministries(PublicNeedCensus.SMALL_CELL), "", "",
                    String.valueOf(census.otherMinistriesNeeds()));
            write(csv, "contrainte", census.byConstraint());
            write(csv, "horizon", census.byHorizon());
            write(csv, "budget", census.byBudgetBand());
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(CsvWriter csv, String dimension, List<PublicNeedCensus.Count> counts) {
        for (PublicNeedCensus.Count c : counts) {
            csv.writeRecord(dimension, c.code(), c.label(), "", "", String.valueOf(c.needs()));
        }
    }

    /**
     * Every hard constraint a need may ask, in the form's order: the hosting, each security qualification, the RGAA
     * level, each deployment mode accepted, an identity federation (counted, never named: the administration types it).
     */
    List<Constraint> constraints() {
        List<Constraint> all = new ArrayList<>();
        for (HostingLocation h : List.of(HostingLocation.FRANCE, HostingLocation.EUROPEAN_UNION)) {
            all.add(new Constraint("HOSTING_" + h.name(), texts.constraint_hosting(h.label), n -> n.hostingRequired == h));
        }
        for (SecurityQualification q : SecurityQualification.values()) {
            all.add(new Constraint("SECURITY_" + q.name(), q.label, n -> n.securityRequired.contains(q)));
        }
        for (AccessibilityLevel a : List.of(AccessibilityLevel.FULLY_COMPLIANT, AccessibilityLevel.PARTIALLY_COMPLIANT)) {
            all.add(new Constraint("ACCESSIBILITY_" + a.name(), a.label, n -> n.accessibilityRequired == a));
        }
        for (DeploymentMode m : DeploymentMode.values()) {
            all.add(new Constraint("DEPLOYMENT_" + m.name(), texts.constraint_deployment(m.label),
                    n -> n.deploymentModesAccepted.contains(m)));
        }
        all.add(new Constraint("IDENTITY_FEDERATION", texts.constraint_identity(), n -> n.identityFederationRequired != null));
        return all;
    }

    /** Counts by a key, labelled by the first need's words, the largest count first, then by label. */
    private static List<NeedCensus.Count> count(List<Need> list, Function<Need, String> key, Function<Need, String> label) {
        Map<String, NeedCensus.Count> counts = new LinkedHashMap<>();
        for (Need n : list) {
            counts.merge(key.apply(n), new NeedCensus.Count(key.apply(n), label.apply(n), 1),
                    (a, b) -> new NeedCensus.Count(a.code(), a.label(), a.needs() + 1));
        }
        return counts.values().stream().sorted(Comparator.comparingLong(NeedCensus.Count::needs).reversed()
                .thenComparing(NeedCensus.Count::label)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
