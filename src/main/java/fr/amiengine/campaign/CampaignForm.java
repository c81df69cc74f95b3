package fr.amiengine.campaign;

import fr.amiengine.campaign.CampaignRequest.CriterionRequest;
import fr.amiengine.campaign.CampaignRequest.FamilyRequest;
import fr.amiengine.campaign.CampaignRequest.TrackRequest;
import fr.amiengine.shared.Enums;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.web.FormState;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrators' campaign form: the HTML fields, named like the API's JSON paths, to and from a
 * {@link CampaignRequest}. Dates are typed in Paris time; numbers accept a decimal comma.
 */
final class CampaignForm {

    static final int EMPTY_TRACK_ROWS = 2;
    static final int EMPTY_FAMILY_ROWS = 3;
    static final List<fr.amiengine.web.Option> RANKING_BASES = java.util.Arrays.stream(RankingBasis.values())
            .map(b -> new fr.amiengine.web.Option(b.name(), b.label)).toList();

    private CampaignForm() {
    }

    /** An empty form with the default grid (four criteria at 25 %, 0 to 5 by half points). */
    static FormState blank() {
        FormState form = new FormState().set("evaluatorsPerFile", 2)
                .set("disagreementSpread", "30").set("disagreementPolicy", DisagreementPolicy.ADDITIONAL_EVALUATOR)
                .set("reminderDaysBefore", 2).set("rankingBasis", RankingBasis.RAW)
                .set("retentionMonths", Campaign.DEFAULT_RETENTION_MONTHS)
                .set("signatoryTitle", CampaignService.DEFAULT_SIGNATORY_TITLE);
        List<CriterionRequest> grid = CampaignService.defaultGrid();
        for (int i = 0; i < grid.size(); i++) {
            criterion(form, i, grid.get(i).key(), grid.get(i).key().defaultLabel, null, grid.get(i).weight(),
                    CampaignService.DEFAULT_SCALE_MIN, CampaignService.DEFAULT_SCALE_MAX, CampaignService.DEFAULT_SCALE_STEP, null);
        }
        return form.set("rows.criteria", grid.size()).set("rows.tracks", EMPTY_TRACK_ROWS)
                .set("rows.families", EMPTY_FAMILY_ROWS);
    }

    static FormState of(CampaignView c) {
        FormState form = new FormState()
                .set("code", c.code()).set("title", c.title()).set("description", c.description())
                .set("contact.service", c.contact() == null ? null : c.contact().service())
                .set("contact.email", c.contact() == null ? null : c.contact().email())
                .set("signatoryTitle", c.signatoryTitle())
                .set("openingAt", local(c.openingAt())).set("closingAt", local(c.closingAt()))
                .set("evaluatorsPerFile", c.evaluatorsPerFile())
                .set("disagreementSpread", plain(c.disagreementSpread().movePointRight(2)))
                .set("disagreementPolicy", c.disagreementPolicy()).set("reminderDaysBefore", c.reminderDaysBefore())
                .set("rankingBasis", c.rankingBasis()).set("retentionMonths", c.retentionMonths());
        for (int i = 0; i < c.criteria().size(); i++) {
            var k = c.criteria().get(i);
            criterion(form, i, k.key(), k.label(), k.guidance(), k.weight(), k.scaleMin(), k.scaleMax(), k.scaleStep(), k.threshold());
        }
        for (int i = 0; i < c.tracks().size(); i++) {
            var t = c.tracks().get(i);
            form.set("tracks[" + i + "].code", t.code()).set("tracks[" + i + "].label", t.label())
                    .set("tracks[" + i + "].seats", t.seats()).set("tracks[" + i + "].budgetEuros", t.budgetEuros());
        }
        for (int i = 0; i < c.families().size(); i++) {
            var f = c.families().get(i);
            form.set("families[" + i + "].code", f.code()).set("families[" + i + "].label", f.label())
                    .set("families[" + i + "].minRetained", f.minRetained()).set("families[" + i + "].maxRetained", f.maxRetained());
        }
        return form.set("rows.criteria", c.criteria().size()).set("rows.tracks", c.tracks().size() + EMPTY_TRACK_ROWS)
                .set("rows.families", c.families().size() + EMPTY_FAMILY_ROWS);
    }

    /** What was typed, kept as typed to show it again; conversion errors are added to the form. */
    static FormState typed(MultivaluedMap<String, String> fields) {
        FormState form = new FormState();
        fields.forEach((name, values) -> form.setAll(name, values));
        int tracks = count(fields, "tracks");
        int families = count(fields, "families");
        return form.set("rows.criteria", CriterionKey.values().length).set("rows.tracks", Math.max(tracks, 1))
                .set("rows.families", Math.max(families, 1));
    }

    static CampaignRequest request(FormState form) {
        List<CriterionRequest> criteria = new ArrayList<>();
        for (int i = 0; i < CriterionKey.values().length; i++) {
            String p = "criteria[" + i + "].";
            CriterionKey key = enumOrNull(form.value(p + "key"));
            criteria.add(new CriterionRequest(key, blankToNull(form.value(p + "label")), blankToNull(form.value(p + "guidance")),
                    decimal(form, p + "weight"), decimal(form, p + "scaleMin"), decimal(form, p + "scaleMax"),
                    decimal(form, p + "scaleStep"), decimal(form, p + "threshold")));
        }
        List<TrackRequest> tracks = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(form.value("rows.tracks")); i++) {
            String p = "tracks[" + i + "].";
            if (isBlankRow(form, p, "code", "label", "seats", "budgetEuros")) {
                continue;
            }
            Long seats = whole(form, p + "seats");
            tracks.add(new TrackRequest(blankToNull(form.value(p + "code")), blankToNull(form.value(p + "label")),
                    seats == null ? null : seats.intValue(), whole(form, p + "budgetEuros")));
        }
        List<FamilyRequest> families = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(form.value("rows.families")); i++) {
            String p = "families[" + i + "].";
            if (isBlankRow(form, p, "code", "label")) {
                continue;
            }
            Long min = whole(form, p + "minRetained");
            Long max = whole(form, p + "maxRetained");
            families.add(new FamilyRequest(blankToNull(form.value(p + "code")), blankToNull(form.value(p + "label")),
                    min == null ? null : min.intValue(), max == null ? null : max.intValue()));
        }
        Long evaluators = whole(form, "evaluatorsPerFile");
        BigDecimal spreadPercent = decimal(form, "disagreementSpread");
        Long reminder = whole(form, "reminderDaysBefore");
        Long retention = whole(form, "retentionMonths");
        DisagreementPolicy policy = Enums.named(DisagreementPolicy.class, form.value("disagreementPolicy"));
        RankingBasis basis = Enums.named(RankingBasis.class, form.value("rankingBasis"));
        return new CampaignRequest(blankToNull(form.value("code")), blankToNull(form.value("title")),
                blankToNull(form.value("description")),
                // the form always carries a contact, so that its fields are required here
                new CampaignRequest.ContactRequest(blankToNull(form.value("contact.service")), blankToNull(form.value("contact.email"))),
                blankToNull(form.value("signatoryTitle")),
                instant(form, "openingAt"), instant(form, "closingAt"),
                evaluators == null ? null : evaluators.intValue(), criteria,
                spreadPercent == null ? null : spreadPercent.movePointLeft(2), policy,
                reminder == null ? null : reminder.intValue(), basis, tracks, families,
                // clamped, not wrapped, so that a huge number meets the bounds' French error
                retention == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, retention)));
    }

    private static void criterion(FormState form, int i, CriterionKey key, String label, String guidance, BigDecimal weight,
                                  BigDecimal min, BigDecimal max, BigDecimal step, BigDecimal threshold) {
        String p = "criteria[" + i + "].";
        form.set(p + "key", key).set(p + "label", label).set(p + "guidance", guidance).set(p + "weight", plain(weight))
                .set(p + "scaleMin", plain(min)).set(p + "scaleMax", plain(max)).set(p + "scaleStep", plain(step))
                .set(p + "threshold", plain(threshold));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, FrenchFormat.PARIS).toString().substring(0, 16);
    }

    private static int count(MultivaluedMap<String, String> fields, String list) {
        return (int) fields.keySet().stream().filter(k -> k.startsWith(list + "[") && k.endsWith("].code")).count();
    }

    private static boolean isBlankRow(FormState form, String prefix, String... names) {
        for (String name : names) {
            if (!form.value(prefix + name).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal decimal(FormState form, String name) {
        String raw = form.value(name).strip().replace(',', '.').replace(" ", "");
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            form.error(name, "Nombre attendu, par exemple 2,5");
            return null;
        }
    }

    private static Long whole(FormState form, String name) {
        String raw = form.value(name).strip().replaceAll("[\\s\\u00a0\\u202f]", "");
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            form.error(name, "Nombre entier attendu");
            return null;
        }
    }

    private static Instant instant(FormState form, String name) {
        String raw = form.value(name).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw).atZone(FrenchFormat.PARIS).toInstant();
        } catch (DateTimeParseException e) {
            form.error(name, "Date et heure attendues (jour, mois, année, heure et minutes)");
            return null;
        }
    }

    private static CriterionKey enumOrNull(String name) {
        for (CriterionKey key : CriterionKey.values()) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
