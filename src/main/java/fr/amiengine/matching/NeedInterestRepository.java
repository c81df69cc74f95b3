package fr.amiengine.matching;

import fr.amiengine.needs.Need;
import fr.amiengine.publication.PanoramaEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NeedInterestRepository implements PanacheRepository<NeedInterest> {

    public Optional<NeedInterest> of(Need need, PanoramaEntry entry) {
        return find("need = ?1 and entry = ?2", need, entry).firstResultOptional();
    }

    /** The references of the entries a need is interested in. */
    public List<String> entriesOf(Need need) {
        return getEntityManager().createQuery("select i.entry.reference from NeedInterest i where i.need = :need", String.class)
                .setParameter("need", need).getResultList();
    }

    /** The interests in the solutions of one organisation (the laureate's), newest first, with their need. */
    public List<NeedInterest> onSolutionsOf(Long organisationId) {
        return list("from NeedInterest i join fetch i.need n join fetch n.organisation join fetch i.entry e "
                + "where e.candidature.organisation.id = ?1 order by i.markedAt desc, i.id desc", organisationId);
    }

    /** Every interest in an open need: the coverage reads them. */
    public List<NeedInterest> ofOpenNeeds() {
        return list("from NeedInterest i join fetch i.need n join fetch i.entry "
                + "where n.state = fr.amiengine.needs.NeedState.OPEN order by i.id");
    }
}
