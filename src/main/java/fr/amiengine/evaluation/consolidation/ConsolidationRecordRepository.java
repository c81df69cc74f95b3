package fr.amiengine.evaluation.consolidation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ConsolidationRecordRepository implements PanacheRepository<ConsolidationRecord> {

    public Optional<ConsolidationRecord> ofFile(Long candidatureId) {
        return find("candidature.id", candidatureId).firstResultOptional();
    }

    public Optional<ConsolidationRecord> ofReference(String reference) {
        return find("candidature.reference", reference).firstResultOptional();
    }

    /** A campaign's consolidated files, in the order of their references. */
    public List<ConsolidationRecord> ofCampaign(String code) {
        return list("candidature.campaign.code = ?1 order by candidature.reference", code);
    }

    /** A campaign's files whose evaluators disagreed beyond the spread, with their candidature. */
    public List<ConsolidationRecord> inDisagreement(String code) {
        return list("from ConsolidationRecord r join fetch r.candidature c where c.campaign.code = ?1 and r.disagreement = true "
                + "order by c.reference", code);
    }

    /** When the last of the campaign's files was consolidated (or consolidated again), if any was. */
    public Optional<Instant> lastConsolidatedAt(String code) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(c.consolidatedAt) from ConsolidationRecord c where c.candidature.campaign.code = :code",
                        Instant.class)
                .setParameter("code", code).getSingleResult());
    }
}
