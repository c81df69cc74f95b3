package fr.amiengine.submission;

import fr.amiengine.shared.AmiException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;

@ApplicationScoped
public class CandidatureRepository implements PanacheRepository<Candidature> {

    /** Lists read the organisation, campaign, track and family of every line: one query, not one per line. */
    private static final String WITH_LIST_COLUMNS = "from Candidature c join fetch c.organisation join fetch c.campaign"
            + " left join fetch c.track left join fetch c.family";

    /** One file as its view shows it: the columns of the lists and its history (a few events), in one query. */
    private static final String WITH_HISTORY = WITH_LIST_COLUMNS + " left join fetch c.history";

    /**
     * A file with its campaign, organisation, track and family in one query: every reader of one file (its page, its
     * view, the delegates, the letters) uses at least the campaign and the organisation, which cost a query each when
     * read lazily (issue #13).
     */
    public Optional<Candidature> findByReference(String reference) {
        return find(WITH_LIST_COLUMNS + " where c.reference = ?1", reference).firstResultOptional();
    }

    public Candidature getByReference(String reference) {
        return findByReference(reference).orElseThrow(() -> unknown(reference));
    }

    /** {@link #getByReference} with the file's history too, for its view: one query where the history cost another. */
    public Candidature getWithHistory(String reference) {
        return list(WITH_HISTORY + " where c.reference = ?1", reference).stream().findFirst()
                .orElseThrow(() -> unknown(reference));
    }

    /**
     * The answer to a reference that does not exist, and to one the caller may not know of: the two must not be
     * told apart, or the answer would say which references exist (see {@code CandidatureAccess}).
     */
    public static AmiException unknown(String reference) {
        return AmiException.notFound("Aucune candidature n'a la référence « " + reference + " ».");
    }

    /**
     * Locks the candidature's row until the transaction ends: two requests on one file run one after the other. One
     * {@code select ... for update} of the candidature's row alone (its campaign, organisation, track, family and
     * history are read in the same statement, not locked), where reading, locking then refreshing took three and the
     * associations five more (issue #13). The locking read returns the row as last committed, so no refresh is needed,
     * unless a candidature was already loaded in this transaction: Hibernate would then keep the state it read before
     * the lock, so that case reads, locks and refreshes as before.
     */
    public Candidature lockByReference(String reference) {
        if (candidatureLoaded()) {
            Candidature candidature = getByReference(reference);
            getEntityManager().lock(candidature, LockModeType.PESSIMISTIC_WRITE);
            getEntityManager().refresh(candidature);
            return candidature;
        }
        return getEntityManager().createQuery(WITH_HISTORY + " where c.reference = ?1", Candidature.class)
                .setParameter(1, reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst().orElseThrow(() -> unknown(reference));
    }

    private boolean candidatureLoaded() {
        return getEntityManager().unwrap(Session.class).getStatistics().getEntityKeys().stream()
                .anyMatch(key -> key instanceof EntityKey k && Candidature.class.getName().equals(k.getEntityName()));
    }

    public List<Candidature> ofOrganisation(Long organisationId) {
        return list(WITH_LIST_COLUMNS + " where c.organisation.id = ?1 order by c.createdAt desc", organisationId);
    }

    /** Files of a campaign, optionally filtered by state, track and family codes (null = any). */
    public List<Candidature> ofCampaign(String campaignCode, CandidatureState state, String trackCode, String familyCode) {
        StringBuilder query = new StringBuilder(WITH_LIST_COLUMNS + " where c.campaign.code = :campaign");
        Parameters parameters = Parameters.with("campaign", campaignCode);
        if (state != null) {
            query.append(" and c.state = :state");
            parameters.and("state", state);
        }
        if (trackCode != null) {
            query.append(" and c.track.code = :track");
            parameters.and("track", trackCode);
        }
        if (familyCode != null) {
            query.append(" and c.family.code = :family");
            parameters.and("family", familyCode);
        }
        return list(query.append(" order by c.reference").toString(), parameters);
    }

    public long countInStates(String campaignCode, Collection<CandidatureState> states) {
        return count("campaign.code = ?1 and state in ?2", campaignCode, states);
    }
}
