package fr.amiengine.evaluation.scoring;

import fr.amiengine.evaluation.assignment.AssignmentState;
import fr.amiengine.evaluation.assignment.ScoredAssignments;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation>, ScoredAssignments {

    public Optional<Evaluation> ofAssignment(Long assignmentId) {
        return find("assignment.id", assignmentId).firstResultOptional();
    }

    @Override
    public boolean isSubmitted(Long assignmentId) {
        return ofAssignment(assignmentId).filter(v -> v.state == EvaluationState.SUBMITTED).isPresent();
    }

    /** Submitted evaluations of a file's active assignments. */
    public List<Evaluation> submittedOfFile(String reference) {
        return list("from Evaluation v join fetch v.assignment a join fetch a.evaluator where a.candidature.reference = ?1 "
                + "and a.state <> ?2 and v.state = ?3 order by a.id", reference, AssignmentState.RECUSED, EvaluationState.SUBMITTED);
    }

    /** Every submitted evaluation of a campaign, for the normalisation. */
    public List<Evaluation> submittedOfCampaign(String campaignCode) {
        return list("from Evaluation v join fetch v.assignment a join fetch a.candidature c join fetch a.evaluator "
                + "where a.campaign.code = ?1 and a.state <> ?2 and v.state = ?3", campaignCode, AssignmentState.RECUSED,
                EvaluationState.SUBMITTED);
    }

    public List<Evaluation> ofCampaign(String campaignCode) {
        return list("from Evaluation v join fetch v.assignment a where a.campaign.code = ?1", campaignCode);
    }
}
