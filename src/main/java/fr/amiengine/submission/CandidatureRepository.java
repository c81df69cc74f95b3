package fr.amiengine.submission;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FrenchText;
import fr.amiengine.shared.PageRequest;
import fr.amiengine.shared.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
        return AmiException.notFound("Aucune candidature n’a la référence «\u00a0" + reference + "\u00a0».");
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
        return ofCampaign(campaignCode, new CandidatureFilter(state, trackCode, familyCode, null));
    }

    /** Every file of a campaign that matches {@code filter}, in the order of their references. */
    public List<Candidature> ofCampaign(String campaignCode, CandidatureFilter filter) {
        Where where = where(campaignCode, filter);
        return list(WITH_LIST_COLUMNS + where.clause + " order by c.reference", where.parameters);
    }

    /**
     * One page of the files of a campaign that match {@code filter}, in the order of their references: a count, then
     * the lines of the page (the page asked for, or the last one when it asks beyond).
     */
    public PageResult<Candidature> pageOfCampaign(String campaignCode, CandidatureFilter filter, PageRequest request) {
        Where where = where(campaignCode, filter);
        long total = count("from Candidature c" + where.clause, where.parameters);
        PageRequest page = request.within(total);
        List<Candidature> lines = find(WITH_LIST_COLUMNS + where.clause + " order by c.reference", where.parameters)
                .range(page.offset(), page.offset() + page.size() - 1).list();
        return new PageResult<>(lines, page.page(), page.size(), total);
    }

    private record Where(String clause, Parameters parameters) {
    }

    private static Where where(String campaignCode, CandidatureFilter filter) {
        StringBuilder query = new StringBuilder(" where c.campaign.code = :campaign");
        Parameters parameters = Parameters.with("campaign", campaignCode);
        if (filter.state() != null) {
            query.append(" and c.state = :state");
            parameters.and("state", filter.state());
        }
        if (filter.trackCode() != null) {
            query.append(" and c.track.code = :track");
            parameters.and("track", filter.trackCode());
        }
        if (filter.familyCode() != null) {
            query.append(" and c.family.code = :family");
            parameters.and("family", filter.familyCode());
        }
        if (filter.search() != null) {
            // a reference, a SIREN (spaces ignored), or words of the organisation's or the solution's name
            query.append(" and (lower(c.reference) like :plain escape '!' or c.organisation.siren like :digits escape '!'")
                    .append(" or ").append(FrenchText.foldedColumn("c.organisation.legalName")).append(" like :folded escape '!'")
                    .append(" or ").append(FrenchText.foldedColumn("coalesce(c.solutionName, '')")).append(" like :folded escape '!')");
            String typed = filter.search().strip();
            parameters.and("plain", like(typed.toLowerCase(Locale.ROOT)))
                    .and("digits", like(typed.replaceAll("\\s", "")))
                    .and("folded", FrenchText.likePattern(typed));
        }
        return new Where(query.toString(), parameters);
    }

    private static String like(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    public long countInStates(String campaignCode, Collection<CandidatureState> states) {
        return count("campaign.code = ?1 and state in ?2", campaignCode, states);
    }
}
