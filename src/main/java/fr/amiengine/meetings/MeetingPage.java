package fr.amiengine.meetings;

import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Option;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The meetings' pages: the administrators' days and schedules, the buyers' days with each laureate's free slots and
 * their requests, the laureates' invitations with « Accepter » and « Refuser ». Plain forms, no JavaScript; the same
 * rules as {@link MeetingResource}, through {@link MeetingService}.
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MeetingPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance days(List<MeetingDayView> days, FormState form, List<Option> campaigns);

        static native TemplateInstance schedule(ScheduleView schedule);

        static native TemplateInstance open(List<OpenDayView> days, List<Option> needs, FormState form, String solution);

        static native TemplateInstance requests(List<MeetingView> meetings);

        static native TemplateInstance invitations(List<MeetingView> meetings);
    }

    @Inject
    MeetingService meetings;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @Inject
    MeetingTexts texts;

    @GET
    @Path("admin/rencontres")
    @RolesAllowed(Roles.ADMIN)
    public Response days() {
        return Pages.html(Templates.days(meetings.allDays(),
                new FormState().set("date", "").set("from", "09:00").set("to", "13:00").set("minutes", "30"),
                meetings.campaignOptions()));
    }

    @POST
    @Path("admin/rencontres")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createDay(@RestForm String campaignCode, @RestForm String date, @RestForm String title,
                              @RestForm String place, @RestForm String visioUrl, @RestForm String from, @RestForm String to,
                              @RestForm String minutes) {
        FormState form = new FormState().set("campaignCode", campaignCode).set("date", date).set("title", title)
                .set("place", place).set("visioUrl", visioUrl).set("from", from).set("to", to).set("minutes", minutes);
        LocalDate day = parse(form, "date", date, LocalDate::parse, texts.form_date_format());
        LocalTime start = parse(form, "from", from, LocalTime::parse, texts.form_time_format());
        LocalTime end = parse(form, "to", to, LocalTime::parse, texts.form_time_format());
        Integer length = parse(form, "minutes", minutes, Integer::valueOf, texts.form_minutes_format());
        MeetingDayRequest request = new MeetingDayRequest(campaignCode, day, title, place, visioUrl, null,
                start == null || end == null || length == null ? null : new MeetingDayRequest.Range(start, end, length));
        validator.validate(request).stream().filter(v -> !form.hasError(field(v.getPropertyPath().toString())))
                .forEach(v -> form.error(field(v.getPropertyPath().toString()), v.getMessage()));
        if (!form.hasErrors()) {
            try {
                MeetingDayView created = meetings.createDay(current.get(), request);
                return Pages.seeOther("/admin/rencontres/" + created.id());
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                e.errors().forEach(error -> form.error(field(error.field()), error.message()));
            }
        }
        return Pages.html(422, Templates.days(meetings.allDays(), form, meetings.campaignOptions()));
    }

    /** The API's names of the range's fields are the form's. */
    private static String field(String path) {
        return switch (path) {
            case "range.from" -> "from";
            case "range.to" -> "to";
            case "range.minutes" -> "minutes";
            case "slots", "range" -> "from";
            default -> path;
        };
    }

    @GET
    @Path("admin/rencontres/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response schedule(@PathParam("id") Long id) {
        return Pages.html(Templates.schedule(meetings.schedule(id)));
    }

    @GET
    @Path("rencontres")
    public Response open(@QueryParam("solution") String solution) {
        return Pages.html(Templates.open(meetings.openDays(current.get()), meetings.needOptions(current.get()), new FormState(),
                solution));
    }

    @POST
    @Path("rencontres/demandes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@RestForm String slotId, @RestForm String laureateReference, @RestForm String needReference,
                            @RestForm String message) {
        meetings.checkBuyer(current.get());
        FormState form = new FormState().set("slotId", slotId).set("laureateReference", laureateReference)
                .set("needReference", needReference).set("message", message);
        Long slot = parse(form, "slotId", slotId, Long::valueOf, texts.form_slot_required());
        MeetingRequest request = new MeetingRequest(slot, laureateReference, needReference, message);
        validator.validate(request).stream().filter(v -> !form.hasError(v.getPropertyPath().toString()))
                .forEach(v -> form.error(v.getPropertyPath().toString(), v.getMessage()));
        if (!form.hasErrors()) {
            try {
                meetings.request(current.get(), request);
                return Pages.seeOther("/rencontres/demandes");
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                form.errors(e.errors());
            }
        }
        return Pages.html(422, Templates.open(meetings.openDays(current.get()), meetings.needOptions(current.get()), form,
                laureateReference));
    }

    @GET
    @Path("rencontres/demandes")
    public Response requests() {
        return Pages.html(Templates.requests(meetings.requestsOf(current.get())));
    }

    @GET
    @Path("rencontres/invitations")
    public Response invitations() {
        return Pages.html(Templates.invitations(meetings.invitationsOf(current.get())));
    }

    @POST
    @Path("rencontres/invitations/{id}/accepter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") Long id) {
        meetings.accept(current.get(), id);
        return Pages.seeOther("/rencontres/invitations");
    }

    @POST
    @Path("rencontres/invitations/{id}/refuser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") Long id, @RestForm String reason) {
        DeclineRequest request = new DeclineRequest(reason);
        if (!validator.validate(request).isEmpty()) {
            throw AmiException.invalid("reason", validator.validate(request).iterator().next().getMessage());
        }
        meetings.decline(current.get(), id, request);
        return Pages.seeOther("/rencontres/invitations");
    }

    private static <T> T parse(FormState form, String field, String text, java.util.function.Function<String, T> parser,
                               String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            form.error(field, message);
            return null;
        }
    }
}
