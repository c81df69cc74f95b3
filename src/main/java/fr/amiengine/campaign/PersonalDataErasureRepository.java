package fr.amiengine.campaign;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PersonalDataErasureRepository implements PanacheRepository<PersonalDataErasure> {

    public boolean done(Long campaignId, String holder) {
        return count("campaign.id = ?1 and holder = ?2", campaignId, holder) > 0;
    }

    public List<PersonalDataErasure> ofCampaign(Long campaignId) {
        return list("campaign.id = ?1 order by erasedAt, holder", campaignId);
    }
}
