package fr.amiengine.integrity;

import fr.amiengine.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The verification of a campaign's ledgers, for administrators. */
@Path("/api")
@Authenticated
@Tag(name = "Évaluation")
public class IntegrityResource {

    /**
     * The verification of the campaign's three chains. {@code entries}, {@code intact} and {@code firstBrokenEntry}
     * keep their first meaning, the score ledger's; {@code allIntact} and {@code chains} give every chain.
     */
    public record LedgerReport(long entries, boolean intact, Long firstBrokenEntry, boolean allIntact, List<ChainReport> chains) {
    }

    @Inject
    IntegrityService integrity;

    @GET
    @Path("campaigns/{code}/ledger")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Vérifier l’intégrité des registres chaînés de la campagne (notes, décisions, recevabilité)\u00a0: "
            + "chaînage, lignes de la base, empreintes écrites au procès-verbal et au panorama")
    public LedgerReport ledger(@PathParam("code") String code) {
        IntegrityService.CampaignIntegrity result = integrity.verify(code);
        ChainReport scores = result.chain(LedgerChain.SCORES);
        return new LedgerReport(scores.entries(), scores.intact(), scores.firstBrokenEntry(), result.intact(), result.chains());
    }
}
