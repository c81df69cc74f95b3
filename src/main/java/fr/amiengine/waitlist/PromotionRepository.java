package fr.amiengine.waitlist;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PromotionRepository implements PanacheRepository<Promotion> {

    private static final String WITH_FILES = "from Promotion p join fetch p.withdrawn w join fetch w.organisation "
            + "left join fetch p.proposed ";

    /** The promotion that follows the renunciation of this file. */
    public Optional<Promotion> ofWithdrawn(String reference) {
        return find(WITH_FILES + "where w.reference = ?1", reference).firstResultOptional();
    }

    /** A campaign's renunciations, the latest first. */
    public List<Promotion> ofCampaign(String code) {
        return list(WITH_FILES + "where p.campaign.code = ?1 order by p.withdrawnAt desc, p.id desc", code);
    }

    /** The files proposed by promotions of a campaign still waiting for their approvals: their seats are taken. */
    public List<Promotion> awaitingApproval(String code) {
        return list(WITH_FILES + "where p.campaign.code = ?1 and p.state in ?2", code,
                List.of(Promotion.State.AWAITING_FIRST, Promotion.State.AWAITING_SECOND));
    }
}
