package fr.amiengine.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    public Optional<Organisation> findBySiren(String siren) {
        return find("siren", siren).firstResultOptional();
    }
}
