package fr.amiengine.evaluation.committee;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EvaluatorRepository implements PanacheRepository<Evaluator> {

    public List<Evaluator> ofCampaign(String campaignCode) {
        return list("campaign.code = ?1 order by displayName", campaignCode);
    }

    public Optional<Evaluator> member(String campaignCode, String subject) {
        return find("campaign.code = ?1 and subject = ?2", campaignCode, subject).firstResultOptional();
    }

    public List<Evaluator> memberships(String subject) {
        return list("from Evaluator e join fetch e.campaign where e.subject = ?1 order by e.invitedAt desc", subject);
    }
}
