package fr.amiengine.needs;

import fr.amiengine.identity.AdministrationType;
import java.time.Instant;
import java.util.List;

/**
 * The census as the administrators read it: how many needs, by family, ministry, type of administration and hard
 * constraint, and the needs themselves, all of those matching the filters.
 */
public record NeedCensus(long needs, List<Count> byFamily, List<Count> byMinistry, List<Count> byAdministrationType,
                         List<Count> byConstraint, List<Line> list) {

    /** What is counted ({@code code}, null for a ministry, named as declared), its French words, how many needs. */
    public record Count(String code, String label, long needs) {
    }

    /** One need of the list, with its administration. */
    public record Line(String reference, String title, String organisationName, String ministry, NeedFamily family,
                       AdministrationType administrationType, NeedState state, NeedHorizon horizon, Instant createdAt) {
    }
}
