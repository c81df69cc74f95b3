package fr.amiengine.observatory;

import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.identity.AdministrationType;
import fr.amiengine.observatory.ObservatoryDocument.CampaignFigures;
import fr.amiengine.observatory.ObservatoryDocument.Count;
import fr.amiengine.observatory.ObservatoryDocument.FamilyFigures;
import fr.amiengine.observatory.ObservatoryDocument.Feedback;
import fr.amiengine.observatory.ObservatoryDocument.Months;
import fr.amiengine.observatory.ObservatoryDocument.Quarter;
import fr.amiengine.observatory.ObservatoryDocument.Ref;
import fr.amiengine.observatory.ObservatoryDocument.SolutionFigures;
import fr.amiengine.publication.PanoramaDocument;
import fr.amiengine.publication.feedback.DeploymentFeedback;
import fr.amiengine.publication.feedback.DeploymentFeedbackRepository;
import fr.amiengine.publication.feedback.FeedbackOutcome;
import fr.amiengine.publication.panorama.PublicPanorama;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.shared.ServerClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the observatory, computed from the published panoramas (the solutions as the public sees them) and
 * from the approved deployment feedback only ({@link DeploymentFeedbackRepository#publicOfCampaign}).
 */
@ApplicationScoped
public class ObservatoryService {

    private static final String OTHER_FAMILY = "autres";

    @Inject
    PublicPanorama panoramas;

    @Inject
    CampaignRepository campaigns;

    @Inject
    DeploymentFeedbackRepository feedbacks;

    @Inject
    ServerClock clock;

    /**
     * The observatory of every published campaign, the newest first, or of one ({@code campaignCode}; 404 if it is
     * not published).
     */
    @Transactional
    public ObservatoryDocument document(String campaignCode) {
        LocalDate today = LocalDate.ofInstant(clock.now(), FrenchFormat.PARIS);
        List<CampaignFigures> figures = new ArrayList<>();
        for (PublicPanorama.Published published : panoramas.campaigns()) {
            if (campaignCode == null || campaignCode.equals(published.code())) {
                figures.add(campaign(published.code(), today));
            }
        }
        if (campaignCode != null && figures.isEmpty()) {
            throw AmiException.notFound("Aucun panorama publié pour «\u00a0" + campaignCode + "\u00a0»\u00a0: l’observatoire suit "
                    + "les solutions des panoramas publiés.");
        }
        return new ObservatoryDocument(ObservatoryDocument.SCHEMA, today, figures);
    }

    /** One solution of a campaign's figures; 404 if it is not in its published panorama. */
    public static SolutionFigures find(CampaignFigures campaign, String reference) {
        return campaign.families().stream().flatMap(f -> f.solutions().stream())
                .filter(s -> s.reference().equals(reference)).findFirst()
                .orElseThrow(() -> AmiException.notFound("La solution «\u00a0" + reference + "\u00a0» ne figure pas au panorama publié de "
                        + campaign.code() + "."));
    }

    private CampaignFigures campaign(String code, LocalDate today) {
        PanoramaDocument panorama = panoramas.document(code);
        Map<String, List<DeploymentFeedback>> byEntry = new LinkedHashMap<>();
        for (DeploymentFeedback f : feedbacks.publicOfCampaign(campaigns.getByCode(code).id)) {
            byEntry.computeIfAbsent(f.entry.reference, k -> new ArrayList<>()).add(f);
        }
        Map<String, Ref> families = new LinkedHashMap<>();
        panorama.campaign().families().forEach(f -> families.put(f.code(), new Ref(f.code(), f.label())));
        Map<String, List<SolutionFigures>> solutions = new LinkedHashMap<>();
        families.keySet().forEach(k -> solutions.put(k, new ArrayList<>()));
        for (PanoramaDocument.Solution s : panorama.solutions()) {
            Ref family = s.family() == null ? new Ref(OTHER_FAMILY, "Autres solutions") : new Ref(s.family().code(), s.family().label());
            families.putIfAbsent(family.code(), family);
            solutions.computeIfAbsent(family.code(), k -> new ArrayList<>())
                    .add(solution(s, family, byEntry.getOrDefault(s.reference(), List.of()), today));
        }
        List<FamilyFigures> figures = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, List<SolutionFigures>> e : solutions.entrySet()) {
            int deployments = e.getValue().stream().mapToInt(SolutionFigures::deployments).sum();
            total += deployments;
            Ref family = families.get(e.getKey());
            figures.add(new FamilyFigures(family.code(), family.label(), deployments, List.copyOf(e.getValue())));
        }
        return new CampaignFigures(panorama.campaign().code(), panorama.campaign().title(), total, figures);
    }

    static SolutionFigures solution(PanoramaDocument.Solution s, Ref family, List<DeploymentFeedback> approved, LocalDate today) {
        Map<AdministrationType, Integer> types = new LinkedHashMap<>();
        Arrays.stream(AdministrationType.values()).forEach(t -> types.put(t, 0));
        Map<FeedbackOutcome, Integer> outcomes = new LinkedHashMap<>();
        Arrays.stream(FeedbackOutcome.values()).forEach(o -> outcomes.put(o, 0));
        List<Integer> months = new ArrayList<>();
        List<Feedback> texts = new ArrayList<>();
        for (DeploymentFeedback f : approved) {
            types.merge(f.administrationType, 1, Integer::sum);
            outcomes.merge(f.outcome, 1, Integer::sum);
            int since = (int) Math.max(0, ChronoUnit.MONTHS.between(f.deployedOn, today));
            months.add(since);
            texts.add(new Feedback(f.organisationName, new Ref(f.administrationType.name(), f.administrationType.label),
                    f.deployedOn, since, new Ref(f.outcome.name(), f.outcome.label), f.context, f.comment));
        }
        return new SolutionFigures(s.reference(), s.name(), s.organisation().name(), family, approved.size(),
                types.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getKey().label, e.getValue())).toList(),
                outcomes.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getKey().label, e.getValue())).toList(),
                months(months), quarters(approved.stream().map(f -> f.deployedOn).toList()), List.copyOf(texts));
    }

    static Months months(List<Integer> months) {
        if (months.isEmpty()) {
            return new Months(null, null, null);
        }
        List<Integer> sorted = months.stream().sorted().toList();
        int n = sorted.size();
        int median = n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2f);
        return new Months(sorted.get(0), median, sorted.get(n - 1));
    }

    /** Every quarter from the first deployment's to the last one's, those without a deployment included (a gap shows). */
    static List<Quarter> quarters(List<LocalDate> deployments) {
        if (deployments.isEmpty()) {
            return List.of();
        }
        LocalDate first = deployments.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = deployments.stream().max(LocalDate::compareTo).orElseThrow();
        List<Quarter> quarters = new ArrayList<>();
        for (LocalDate q = quarterStart(first); !q.isAfter(last); q = q.plusMonths(3)) {
            LocalDate start = q;
            LocalDate end = q.plusMonths(3);
            int count = (int) deployments.stream().filter(d -> !d.isBefore(start) && d.isBefore(end)).count();
            int number = q.get(IsoFields.QUARTER_OF_YEAR);
            quarters.add(new Quarter(q.getYear() + "-T" + number, q.getYear(), number, count));
        }
        return quarters;
    }

    private static LocalDate quarterStart(LocalDate date) {
        return LocalDate.of(date.getYear(), (date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
    }
}
