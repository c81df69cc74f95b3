package fr.amiengine.needs;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NeedRepository implements PanacheRepository<Need> {

    public Optional<Need> byReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /** The needs of one administration, the open ones first, the newest first. */
    public List<Need> ofOrganisation(long organisationId) {
        return list("organisation.id = ?1 order by state desc, createdAt desc, id desc", organisationId);
    }

    public List<Need> open() {
        return list("state = ?1 order by familyCode, createdAt, id", NeedState.OPEN);
    }
}
