package fr.amiengine.evaluation.assignment;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.evaluation.committee.Evaluator;
import fr.amiengine.submission.Candidature;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepository<Assignment> {

    private static final String WITH_FILE = "from Assignment a join fetch a.candidature c join fetch c.organisation "
            + "join fetch a.evaluator e ";

    public List<Assignment> ofCampaign(String campaignCode) {
        return list(WITH_FILE + "where a.campaign.code = ?1 order by c.reference, a.id", campaignCode);
    }

    public List<Assignment> activeOfCampaign(String campaignCode) {
        return list(WITH_FILE + "where a.campaign.code = ?1 and a.state <> ?2 order by c.reference, a.id",
                campaignCode, AssignmentState.RECUSED);
    }

    public List<Assignment> activeOfFile(String reference) {
        return list(WITH_FILE + "where c.reference = ?1 and a.state <> ?2 order by a.id", reference, AssignmentState.RECUSED);
    }

    public List<Assignment> ofFile(String reference) {
        return list(WITH_FILE + "where c.reference = ?1 order by a.id", reference);
    }

    /** The files released to a member, but for those their candidate has withdrawn since. */
    public List<Assignment> releasedTo(String subject) {
        return list(WITH_FILE + "join fetch a.campaign where e.subject = ?1 and a.state = ?2 and c.state <> ?3 "
                        + "order by a.dueAt, c.reference",
                subject, AssignmentState.RELEASED, fr.amiengine.submission.CandidatureState.WITHDRAWN);
    }

    public long countReleased(String campaignCode) {
        return count("campaign.code = ?1 and state = ?2", campaignCode, AssignmentState.RELEASED);
    }

    public long deleteProposed(String campaignCode) {
        return delete("campaign.id in (select c.id from Campaign c where c.code = ?1) and state = ?2", campaignCode,
                AssignmentState.PROPOSED);
    }

    /** A new assignment of a file to a member, as the solver picked it; released at once when it comes after the release. */
    public Assignment add(Campaign campaign, Candidature file, Evaluator evaluator, AssignmentSolver.Pick pick, int round,
                          String by, Instant now, AssignmentState state, Instant dueAt) {
        Assignment assignment = new Assignment();
        assignment.campaign = campaign;
        assignment.candidature = file;
        assignment.evaluator = evaluator;
        assignment.state = state;
        assignment.round = round;
        assignment.expert = pick.expert();
        assignment.reason = pick.reason();
        assignment.assignedAt = now;
        assignment.assignedBy = by;
        if (state == AssignmentState.RELEASED) {
            assignment.releasedAt = now;
            assignment.dueAt = dueAt;
        }
        persist(assignment);
        return assignment;
    }

}
