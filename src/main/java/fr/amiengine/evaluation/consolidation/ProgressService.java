package fr.amiengine.evaluation.consolidation;

import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.evaluation.assignment.Assignment;
import fr.amiengine.evaluation.assignment.AssignmentRepository;
import fr.amiengine.evaluation.assignment.AssignmentState;
import fr.amiengine.evaluation.committee.EvaluatorRepository;
import fr.amiengine.evaluation.scoring.Evaluation;
import fr.amiengine.evaluation.scoring.EvaluationRepository;
import fr.amiengine.evaluation.scoring.EvaluationState;
import fr.amiengine.shared.FrenchFormat;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The figures of the administrators' evaluation dashboard ({@code GET /api/campaigns/{code}/progress}). */
@ApplicationScoped
public class ProgressService {

    @Inject
    CampaignRepository campaigns;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ConsolidationRecordRepository consolidations;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EvaluatorRepository evaluators;

    public ProgressView progress(String code) {
        campaigns.getByCode(code);
        Map<CandidatureState, Long> byState = new LinkedHashMap<>();
        for (CandidatureState state : CandidatureState.values()) {
            long count = candidatures.count("campaign.code = ?1 and state = ?2", code, state);
            if (count > 0) {
                byState.put(state, count);
            }
        }
        List<Assignment> active = assignments.activeOfCampaign(code).stream()
                .filter(a -> a.state == AssignmentState.RELEASED).toList();
        Map<Long, Evaluation> byAssignment = evaluations.ofCampaign(code).stream()
                .collect(Collectors.toMap(v -> v.assignment.id, v -> v, (a, b) -> a));
        long submitted = active.stream().filter(a -> isSubmitted(byAssignment.get(a.id))).count();
        long late = active.stream().filter(a -> a.late && !isSubmitted(byAssignment.get(a.id))).count();
        long drafts = active.stream().filter(a -> byAssignment.containsKey(a.id) && !isSubmitted(byAssignment.get(a.id))).count();

        List<ProgressView.EvaluatorProgress> members = evaluators.ofCampaign(code).stream().map(e -> {
            List<Assignment> own = active.stream().filter(a -> a.evaluator.id.equals(e.id)).toList();
            return new ProgressView.EvaluatorProgress(e.id, e.displayName, e.administration, e.hasDeclared(), own.size(),
                    own.stream().filter(a -> isSubmitted(byAssignment.get(a.id))).count(),
                    own.stream().filter(a -> a.late && !isSubmitted(byAssignment.get(a.id))).count());
        }).toList();

        List<ProgressView.Disagreement> disagreements = consolidations.inDisagreement(code).stream()
                .map(r -> new ProgressView.Disagreement(r.candidature.reference, r.candidature.solutionName, r.disagreementDetail,
                        assignments.ofFile(r.candidature.reference).stream().anyMatch(a -> a.round == 2)))
                .toList();

        TreeMap<LocalDate, Long> perDay = byAssignment.values().stream().filter(this::isSubmitted).map(v -> v.submittedAt)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(at -> at.atZone(FrenchFormat.PARIS).toLocalDate(), TreeMap::new, Collectors.counting()));
        List<ProgressView.Day> days = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<LocalDate, Long> day : perDay.entrySet()) {
            cumulative += day.getValue();
            days.add(new ProgressView.Day(day.getKey(), day.getValue(), cumulative));
        }
        return new ProgressView(code, byState, active.size(), submitted, late, drafts, members, disagreements, days);
    }

    private boolean isSubmitted(Evaluation evaluation) {
        return evaluation != null && evaluation.state == EvaluationState.SUBMITTED;
    }
}
