package fr.amiengine.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    public Optional<Organisation> findBySiren(String siren) {
        return find("siren", siren).firstResultOptional();
    }

    /** The legal names of the organisations known by these SIRENs, in one query; unknown ones are left out. */
    public Map<String, String> namesBySiren(Collection<String> sirens) {
        if (sirens.isEmpty()) {
            return Map.of();
        }
        return list("siren in ?1", sirens).stream().collect(Collectors.toMap(o -> o.siren, o -> o.legalName, (a, b) -> a));
    }
}
