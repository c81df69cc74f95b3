package fr.amiengine.dashboard;

import fr.amiengine.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Authenticated
@Tag(name = "Tableau de bord")
public class DashboardResource {

    @Inject
    DashboardService dashboard;

    @GET
    @Path("campaigns/{code}/dashboard")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Le tableau de bord d’une campagne\u00a0: dossiers par étape du processus (selon le moteur), par état, "
            + "dépôts par jour, évaluations, désaccords, décisions, lettres et publication")
    public DashboardView dashboard(@PathParam("code") String code) {
        return dashboard.dashboard(code);
    }
}
