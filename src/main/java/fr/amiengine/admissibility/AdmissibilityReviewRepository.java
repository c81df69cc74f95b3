package fr.amiengine.admissibility;

import fr.amiengine.shared.AmiException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AdmissibilityReviewRepository implements PanacheRepository<AdmissibilityReview> {

    public AdmissibilityReview latestOf(String reference) {
        return find("candidature.reference = ?1 order by decidedAt desc, id desc", reference).firstResultOptional()
                .orElseThrow(() -> AmiException.conflict("La candidature " + reference + " n’a pas encore été examinée."));
    }
}
