package fr.amiengine.workshops;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class WorkshopRegistrationRepository implements PanacheRepository<WorkshopRegistration> {

    public Optional<WorkshopRegistration> of(Long workshopId, String subject) {
        return find("workshop.id = ?1 and subject = ?2", workshopId, subject).firstResultOptional();
    }

    /** A session's registrants with their organisations, in the order they registered. */
    public List<WorkshopRegistration> ofWorkshop(Long workshopId) {
        return find("from WorkshopRegistration r join fetch r.organisation where r.workshop.id = ?1 order by r.registeredAt, r.id",
                workshopId).list();
    }

    /** Which of these sessions this account registered to. */
    public Set<Long> registeredAmong(String subject, Collection<Long> workshopIds) {
        if (workshopIds.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().createQuery("select r.workshop.id from WorkshopRegistration r where r.subject = :subject"
                        + " and r.workshop.id in :ids", Long.class)
                .setParameter("subject", subject).setParameter("ids", workshopIds).getResultStream()
                .collect(Collectors.toSet());
    }
}
