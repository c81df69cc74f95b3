package fr.amiengine.workshops;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.CalendarInvitation;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workshops' API: administrators schedule, list and cancel sessions and read who registered; members of a
 * laureate's organisation read the sessions to come, register and unregister. Who may do what is checked in
 * {@link WorkshopService}.
 */
@Path("/api/workshops")
@Authenticated
@Tag(name = "Ateliers des lauréats")
public class WorkshopResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    @Inject
    WorkshopService workshops;

    @Inject
    CurrentActor current;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Programmer un atelier (thème, date et heure, durée, lieu ou visioconférence, nombre de places)")
    public Response create(@Valid @NotNull(message = BODY) WorkshopRequest request) {
        return Response.status(Response.Status.CREATED).entity(workshops.create(current.get(), request)).build();
    }

    @GET
    @Operation(summary = "Les ateliers à venir, le plus proche d’abord, avec les places restantes (lauréats et administrateurs)")
    public List<WorkshopView> upcoming() {
        return workshops.upcoming(current.get());
    }

    @GET
    @Path("all")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tous les ateliers, passés compris, le plus récent d’abord")
    public List<WorkshopView> all() {
        return workshops.all();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un atelier (lauréats et administrateurs)")
    public WorkshopView get(@PathParam("id") Long id) {
        return workshops.get(current.get(), id);
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces(CalendarInvitation.PUBLISH_CONTENT_TYPE)
    @Operation(summary = "L’atelier au format iCalendar, à ajouter à son agenda")
    public Response calendar(@PathParam("id") Long id) {
        return Response.ok(workshops.calendar(current.get(), id))
                .header("Content-Disposition", "attachment; filename=\"atelier-" + id + ".ics\"").build();
    }

    @GET
    @Path("{id}/registrations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les inscrits d’un atelier, dans l’ordre d’inscription")
    public List<RegistrationView> registrants(@PathParam("id") Long id) {
        return workshops.registrants(id);
    }

    @POST
    @Path("{id}/registration")
    @Operation(summary = "Lauréats\u00a0: s’inscrire (409 si l’atelier est complet, annulé, commencé, ou si vous êtes déjà inscrit)")
    public Response register(@PathParam("id") Long id) {
        return Response.status(Response.Status.CREATED).entity(workshops.register(current.get(), id)).build();
    }

    @DELETE
    @Path("{id}/registration")
    @Operation(summary = "Lauréats\u00a0: se désinscrire et libérer sa place")
    public Response unregister(@PathParam("id") Long id) {
        workshops.unregister(current.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Annuler un atelier avant son début, avec la raison que liront les inscrits")
    public WorkshopView cancel(@PathParam("id") Long id, @Valid @NotNull(message = BODY) WorkshopCancellation request) {
        return workshops.cancel(current.get(), id, request);
    }
}
