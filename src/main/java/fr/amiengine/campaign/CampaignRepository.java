package fr.amiengine.campaign;

import fr.amiengine.shared.AmiException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class CampaignRepository implements PanacheRepository<Campaign> {

    public Optional<Campaign> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Campaign getByCode(String code) {
        return findByCode(code).orElseThrow(() -> AmiException.notFound("Aucune campagne n’a le code «\u00a0" + code + "\u00a0»."));
    }

    /**
     * Locks the campaign's row and re-reads it under the lock ({@code select … for update}, no version check), so that
     * the second of two transactions sees what the first committed, even when the campaign was already loaded in
     * its persistence context.
     */
    public Campaign lockByCode(String code) {
        Campaign campaign = getByCode(code);
        getEntityManager().refresh(campaign, LockModeType.PESSIMISTIC_WRITE);
        return campaign;
    }

    /** Gives a new campaign its reference counter, at zero. */
    public void createReferenceCounter(Campaign campaign) {
        getEntityManager().createNativeQuery("insert into campaign_reference (campaign_id, last_number) values (:id, 0)")
                .setParameter("id", campaign.id).executeUpdate();
    }

    /**
     * The next number for a candidature reference of the campaign. The update takes the counter's row lock (never
     * the campaign's), so simultaneous drafts queue for the few milliseconds until each commits, and a rolled-back
     * draft gives its number back.
     */
    public int nextReferenceNumber(Campaign campaign) {
        getEntityManager().createNativeQuery("update campaign_reference set last_number = last_number + 1 where campaign_id = :id")
                .setParameter("id", campaign.id).executeUpdate();
        return ((Number) getEntityManager().createNativeQuery("select last_number from campaign_reference where campaign_id = :id")
                .setParameter("id", campaign.id).getSingleResult()).intValue();
    }
}
