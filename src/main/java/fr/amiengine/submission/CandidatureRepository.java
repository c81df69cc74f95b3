package fr.amiengine.submission;

import fr.amiengine.shared.AmiException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CandidatureRepository implements PanacheRepository<Candidature> {

    /** Lists read the organisation, campaign, track and family of every line: one query, not one per line. */
    private static final String WITH_LIST_COLUMNS = "from Candidature c join fetch c.organisation join fetch c.campaign"
            + " left join fetch c.track left join fetch c.family";

    public Optional<Candidature> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public Candidature getByReference(String reference) {
        return findByReference(reference).orElseThrow(() -> unknown(reference));
    }

    /**
     * The answer to a reference that does not exist, and to one the caller may not know of: the two must not be
     * told apart, or the answer would say which references exist (see {@code CandidatureAccess}).
     */
    public static AmiException unknown(String reference) {
        return AmiException.notFound("Aucune candidature n’a la référence «\u00a0" + reference + "\u00a0».");
    }

    /** Locks the candidature's row until the transaction ends: two requests on one file run one after the other. */
    public Candidature lockByReference(String reference) {
        Candidature candidature = getByReference(reference);
        getEntityManager().lock(candidature, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(candidature);
        return candidature;
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
