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

    /** Locks the campaign row, so that two drafts created at once never get the same reference. */
    public Campaign lockByCode(String code) {
        Campaign campaign = getByCode(code);
        getEntityManager().lock(campaign, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(campaign);
        return campaign;
    }
}
