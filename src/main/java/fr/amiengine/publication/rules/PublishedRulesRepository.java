package fr.amiengine.publication.rules;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class PublishedRulesRepository implements PanacheRepository<PublishedRules> {

    /** The latest version published for a campaign. */
    public Optional<PublishedRules> latest(String code) {
        return find("campaign.code = ?1 order by version desc", code).firstResultOptional();
    }

    public Optional<PublishedRules> version(String code, int version) {
        return find("campaign.code = ?1 and version = ?2", code, version).firstResultOptional();
    }
}
