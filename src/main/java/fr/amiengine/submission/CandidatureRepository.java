package fr.amiengine.submission;

import fr.amiengine.shared.AmiException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CandidatureRepository implements PanacheRepository<Candidature> {

    public Optional<Candidature> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    public Candidature getByReference(String reference) {
        return findByReference(reference)
                .orElseThrow(() -> AmiException.notFound("Aucune candidature n'a la référence « " + reference + " »."));
    }

    public List<Candidature> ofOrganisation(Long organisationId) {
        return list("organisation.id = ?1 order by createdAt desc", organisationId);
    }

    /** Files of a campaign, optionally filtered by state, track and family codes (null = any). */
    public List<Candidature> ofCampaign(String campaignCode, CandidatureState state, String trackCode, String familyCode) {
        StringBuilder query = new StringBuilder("campaign.code = :campaign");
        Parameters parameters = Parameters.with("campaign", campaignCode);
        if (state != null) {
            query.append(" and state = :state");
            parameters.and("state", state);
        }
        if (trackCode != null) {
            query.append(" and track.code = :track");
            parameters.and("track", trackCode);
        }
        if (familyCode != null) {
            query.append(" and family.code = :family");
            parameters.and("family", familyCode);
        }
        return list(query.append(" order by reference").toString(), parameters);
    }

    public long countInStates(String campaignCode, Collection<CandidatureState> states) {
        return count("campaign.code = ?1 and state in ?2", campaignCode, states);
    }
}
