package fr.amiengine.dashboard;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.correspondence.DocumentKind;
import fr.amiengine.correspondence.OutgoingMailRepository;
import fr.amiengine.evaluation.consolidation.ProgressService;
import fr.amiengine.evaluation.consolidation.ProgressView;
import fr.amiengine.selection.DecisionOutcome;
import fr.amiengine.selection.DecisionRepository;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.workflow.CandidatureStages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The campaign dashboard ({@code GET /api/campaigns/{code}/dashboard}, page {@code /admin/campagnes/{code}/tableau-de-bord}).
 * Where each file is comes from the engine; states, evaluations, decisions and mails from our tables. The evaluation
 * figures are those of the evaluation dashboard ({@link ProgressService}), so that both pages always agree.
 */
@ApplicationScoped
public class DashboardService {

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    DecisionRepository decisions;

    @Inject
    ProgressService progress;

    @Inject
    CandidatureStages stages;

    @Inject
    OutgoingMailRepository mails;

    public DashboardView dashboard(String code) {
        Campaign campaign = campaigns.getByCode(code);
        ProgressView evaluation = progress.progress(code);

        long files = candidatures.count("campaign.code", code);
        List<String> submitted = candidatures.getEntityManager()
                .createQuery("select c.reference from Candidature c where c.campaign.code = ?1 and c.submittedAt is not null", String.class)
                .setParameter(1, code).getResultList();

        List<DashboardView.StateCount> byState = evaluation.filesByState().entrySet().stream()
                .map(e -> new DashboardView.StateCount(e.getKey(), e.getKey().label, e.getValue())).toList();

        long additional = evaluation.disagreements().stream().filter(ProgressView.Disagreement::additionalEvaluator).count();
        DashboardView.Disagreements disagreements = new DashboardView.Disagreements(evaluation.disagreements().size(), additional,
                evaluation.disagreements().size() - additional);

        List<DashboardView.DecisionCount> outcomes = new ArrayList<>();
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            long all = decisions.count("campaign.code = ?1 and outcome = ?2", code, outcome);
            if (all > 0) {
                long finalised = decisions.count("campaign.code = ?1 and outcome = ?2 and finalised = true", code, outcome);
                outcomes.add(new DashboardView.DecisionCount(outcome, outcome.label, all, finalised));
            }
        }
        long lettersDue = decisions.count("campaign.code = ?1 and finalised = true", code);

        return new DashboardView(code, campaign.title, campaign.state, campaign.state.label,
                campaign.state == CampaignState.PUBLISHED, campaign.publicationRevision, files, stages.of(submitted),
                files - submitted.size(), byState, submissionsByDay(code),
                new DashboardView.Evaluations(evaluation.assignments(), evaluation.submitted(),
                        evaluation.assignments() - evaluation.submitted(), evaluation.late(), evaluation.drafts()),
                disagreements, outcomes, mails(code, DocumentKind.DECISION_LETTER, lettersDue),
                mails(code, DocumentKind.RECEIPT, submitted.size()));
    }

    /** First submissions per day, Paris time; a corrected file sent again is not counted twice. */
    private List<DashboardView.Day> submissionsByDay(String code) {
        TreeMap<LocalDate, Long> perDay = candidatures.getEntityManager()
                .createQuery("select c.submittedAt from Candidature c where c.campaign.code = ?1 and c.submittedAt is not null", Instant.class)
                .setParameter(1, code).getResultList().stream()
                .collect(Collectors.groupingBy(at -> at.atZone(FrenchFormat.PARIS).toLocalDate(), TreeMap::new, Collectors.counting()));
        List<DashboardView.Day> days = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
            cumulative += day.getValue();
            days.add(new DashboardView.Day(day.getKey(), day.getValue(), cumulative));
        }
        return days;
    }

    private DashboardView.Mails mails(String code, DocumentKind kind, long due) {
        long sent = mails.sent(code, kind);
        return new DashboardView.Mails(due, sent, Math.max(0, due - sent));
    }
}
