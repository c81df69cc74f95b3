package fr.amiengine.needs;

import fr.amiengine.identity.AdministrationType;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;

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

    /** The needs matching the administrators' filters (each null: any), with their administration, the newest first. */
    public List<Need> filtered(String familyCode, String ministry, AdministrationType type, NeedState state) {
        StringBuilder query = new StringBuilder("from Need n join fetch n.organisation where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (familyCode != null) {
            parameters.add(familyCode);
            query.append(" and n.familyCode = ?").append(parameters.size());
        }
        if (ministry != null) {
            parameters.add(ministry.toLowerCase());
            query.append(" and lower(n.ministry) = ?").append(parameters.size());
        }
        if (type != null) {
            parameters.add(type);
            query.append(" and n.administrationType = ?").append(parameters.size());
        }
        if (state != null) {
            parameters.add(state);
            query.append(" and n.state = ?").append(parameters.size());
        }
        query.append(" order by n.createdAt desc, n.id desc");
        return list(query.toString(), parameters.toArray());
    }

    /**
     * The next number of a reference, from the sequence {@code need_reference_seq}: two declarations at the same
     * instant never get the same one, whatever the database (the dialect writes the call).
     */
    public long nextReferenceNumber() {
        String sql = getEntityManager().getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("need_reference_seq");
        return ((Number) getEntityManager().createNativeQuery(sql).getSingleResult()).longValue();
    }

    /**
     * The functional families of the published panoramas (the working entries of every campaign published at least
     * once), by code; where campaigns named a code differently, the first label in alphabetical order.
     */
    public List<NeedFamily> publishedFamilies() {
        List<Object[]> rows = getEntityManager().createQuery("select e.familyCode, min(e.familyLabel) from PanoramaEntry e "
                + "where e.campaign.publicationRevision > 0 and e.familyCode is not null group by e.familyCode order by 2",
                Object[].class).getResultList();
        return rows.stream().map(r -> new NeedFamily((String) r[0], r[1] == null ? (String) r[0] : (String) r[1])).toList();
    }
}
