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
        return findByCode(code).orElseThrow(() -> AmiException.notFound("Aucune campagne n'a le code « " + code + " »."));
    }

    /**
     * Reads the campaign and locks its row in one statement ({@code select … for update}), so that the lock never
     * meets a version another transaction has just changed between a read and a separate lock.
     */
    public Campaign lockByCode(String code) {
        return find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> AmiException.notFound("Aucune campagne n'a le code « " + code + " »."));
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
