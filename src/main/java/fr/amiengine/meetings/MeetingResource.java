package fr.amiengine.meetings;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The meetings' API: administrators open days and read their schedule; buyers (members of a verified administration)
 * ask laureates for slots; laureates accept or decline. Who may do what is checked in {@link MeetingService}.
 */
@Path("/api/meetings")
@Authenticated
@Tag(name = "Rencontres acheteurs – lauréats")
public class MeetingResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    @Inject
    MeetingService meetings;

    @Inject
    CurrentActor current;

    @POST
    @Path("days")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Ouvrir une journée de rencontres d’une campagne (date, lieu ou visioconférence, créneaux)")
    public Response createDay(@Valid @NotNull(message = BODY) MeetingDayRequest request) {
        return Response.status(Response.Status.CREATED).entity(meetings.createDay(current.get(), request)).build();
    }

    @GET
    @Path("days")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les journées de rencontres, la plus proche d’abord")
    public List<MeetingDayView> days() {
        return meetings.allDays();
    }

    @GET
    @Path("days/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Le programme d’une journée\u00a0: chaque créneau, qui rencontre qui, où en est chaque demande")
    public ScheduleView schedule(@PathParam("id") Long id) {
        return meetings.schedule(id);
    }

    @GET
    @Path("open")
    @Operation(summary = "Acheteurs\u00a0: les journées à venir des panoramas publiés et les créneaux libres de chaque lauréat")
    public List<OpenDayView> open() {
        return meetings.openDays(current.get());
    }

    @POST
    @Path("requests")
    @Operation(summary = "Acheteurs\u00a0: demander un créneau à un lauréat (409 si l’un ou l’autre est déjà pris à cette heure)")
    public Response request(@Valid @NotNull(message = BODY) MeetingRequest request) {
        return Response.status(Response.Status.CREATED).entity(meetings.request(current.get(), request)).build();
    }

    @GET
    @Path("requests")
    @Operation(summary = "Acheteurs\u00a0: les demandes de mon administration et leur état")
    public List<MeetingView> myRequests() {
        return meetings.requestsOf(current.get());
    }

    @GET
    @Path("invitations")
    @Operation(summary = "Lauréats\u00a0: les demandes de rendez-vous reçues par mon organisation")
    public List<MeetingView> invitations() {
        return meetings.invitationsOf(current.get());
    }

    @POST
    @Path("requests/{id}/accept")
    @Operation(summary = "Lauréats\u00a0: accepter une demande (chacun reçoit l’invitation .ics)")
    public MeetingView accept(@PathParam("id") Long id) {
        return meetings.accept(current.get(), id);
    }

    @POST
    @Path("requests/{id}/decline")
    @Operation(summary = "Lauréats\u00a0: refuser une demande, avec une raison facultative (le créneau est libéré)")
    public MeetingView decline(@PathParam("id") Long id, @Valid DeclineRequest request) {
        return meetings.decline(current.get(), id, request);
    }
}
