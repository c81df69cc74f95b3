package fr.amiengine.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class OrganisationMemberRepository implements PanacheRepository<OrganisationMember> {

    public Optional<OrganisationMember> findBySubject(String subject) {
        return find("from OrganisationMember m join fetch m.organisation where m.subject = ?1", subject)
                .firstResultOptional();
    }
}
