package fr.amiengine.selection;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DecisionRepository implements PanacheRepository<Decision> {

    private static final String WITH_FILE = "from Decision d join fetch d.candidature c join fetch c.organisation "
            + "join fetch c.track left join fetch c.family ";

    /** A campaign's decisions, track by track in rank order, the files that are not ranked last. */
    public List<Decision> ofCampaign(String code) {
        return list(WITH_FILE + "where d.campaign.code = ?1 order by c.track.position, "
                + "case when d.rankPosition is null then 1 else 0 end, d.rankPosition, c.reference", code);
    }

    /** The files of a campaign whose decision this person changed, in reference order. */
    public List<String> changedBy(String code, String subject) {
        return getEntityManager().createQuery("select c.reference from Decision d join d.candidature c join d.editors e "
                        + "where d.campaign.code = ?1 and key(e) = ?2 order by c.reference", String.class)
                .setParameter(1, code).setParameter(2, subject).getResultList();
    }

    public Optional<Decision> ofFile(String reference) {
        return find(WITH_FILE + "where c.reference = ?1", reference).firstResultOptional();
    }
}
