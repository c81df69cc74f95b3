package fr.amiengine.workshops;

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
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The workshops' pages: the laureates' calendar with « S’inscrire » and « Se désinscrire », the administrators' list
 * with the form to schedule a session, and each session's registrants with the form to cancel it. Plain forms, no
 * JavaScript; the same rules as {@link WorkshopResource}, through {@link WorkshopService}.
 */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class WorkshopPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(List<WorkshopView> workshops, String error, String done);

        static native TemplateInstance admin(List<WorkshopView> workshops, FormState form, List<Option> themes);

        static native TemplateInstance session(WorkshopView workshop, List<RegistrationView> registrants, FormState form);
    }

    @Inject
    WorkshopService workshops;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @Inject
    WorkshopTexts texts;

    /** The calendar; after a registration or an unregistration, the notice of what was done ({@code fait}, {@code atelier}). */
    @GET
    @Path("ateliers")
    public Response calendar(@QueryParam("fait") String done, @QueryParam("atelier") Long id) {
        List<WorkshopView> upcoming = workshops.upcoming(current.get());
        String notice = id == null ? null : upcoming.stream().filter(w -> w.id().equals(id)).findFirst().map(w -> switch (
                String.valueOf(done)) {
            case "inscription" -> w.registered() ? (w.remindersDue() ? texts.page_registered_late(w.title())
                    : texts.page_registered(w.title())) : null;
            case "desinscription" -> w.registered() ? null : texts.page_unregistered(w.title());
            default -> null;
        }).orElse(null);
        return Pages.html(Templates.calendar(upcoming, null, notice));
    }

    /** Registers, then back to the calendar (a reload asks nothing twice); a refusal shows the calendar with why. */
    @POST
    @Path("ateliers/{id}/inscription")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("id") Long id) {
        try {
            workshops.register(current.get(), id);
            return Pages.seeOther("/ateliers?fait=inscription&atelier=" + id + "#atelier-" + id);
        } catch (AmiException e) {
            if (e.kind() != AmiException.Kind.CONFLICT) {
                throw e;
            }
            return Pages.html(409, Templates.calendar(workshops.upcoming(current.get()), e.getMessage(), null));
        }
    }

    @POST
    @Path("ateliers/{id}/desinscription")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unregister(@PathParam("id") Long id) {
        try {
            workshops.unregister(current.get(), id);
            return Pages.seeOther("/ateliers?fait=desinscription&atelier=" + id + "#atelier-" + id);
        } catch (AmiException e) {
            if (e.kind() != AmiException.Kind.CONFLICT) {
                throw e;
            }
            return Pages.html(409, Templates.calendar(workshops.upcoming(current.get()), e.getMessage(), null));
        }
    }

    @GET
    @Path("admin/ateliers")
    @RolesAllowed(Roles.ADMIN)
    public Response admin() {
        return Pages.html(Templates.admin(workshops.all(), new FormState().set("start", "10:00").set("minutes", "90")
                .set("capacity", "30"), themes()));
    }

    @POST
    @Path("admin/ateliers")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String theme, @RestForm String description, @RestForm String date,
                           @RestForm String start, @RestForm String minutes, @RestForm String place, @RestForm String visioUrl,
                           @RestForm String capacity) {
        FormState form = new FormState().set("title", title).set("theme", theme).set("description", description)
                .set("date", date).set("start", start).set("minutes", minutes).set("place", place).set("visioUrl", visioUrl)
                .set("capacity", capacity);
        WorkshopTheme chosen = parse(form, "theme", theme, WorkshopTheme::valueOf, texts.form_theme_required());
        LocalDate day = parse(form, "date", date, LocalDate::parse, texts.form_date_format());
        LocalTime from = parse(form, "start", start, LocalTime::parse, texts.form_time_format());
        Integer length = parse(form, "minutes", minutes, Integer::valueOf, texts.form_number_format());
        Integer seats = parse(form, "capacity", capacity, Integer::valueOf, texts.form_number_format());
        WorkshopRequest request = new WorkshopRequest(title, chosen, description, day, from, length, place, visioUrl, seats);
        validator.validate(request).stream().filter(v -> !form.hasError(v.getPropertyPath().toString()))
                .forEach(v -> form.error(v.getPropertyPath().toString(), v.getMessage()));
        if (!form.hasErrors()) {
            try {
                WorkshopView created = workshops.create(current.get(), request);
                return Pages.seeOther("/admin/ateliers/" + created.id());
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                form.errors(e.errors());
            }
        }
        return Pages.html(422, Templates.admin(workshops.all(), form, themes()));
    }

    @GET
    @Path("admin/ateliers/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response session(@PathParam("id") Long id) {
        return Pages.html(Templates.session(workshops.get(current.get(), id), workshops.registrants(id), new FormState()));
    }

    @POST
    @Path("admin/ateliers/{id}/annulation")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") Long id, @RestForm String reason) {
        FormState form = new FormState().set("reason", reason);
        WorkshopCancellation request = new WorkshopCancellation(reason);
        validator.validate(request).forEach(v -> form.error("reason", v.getMessage()));
        if (!form.hasErrors()) {
            try {
                workshops.cancel(current.get(), id, request);
                return Pages.seeOther("/admin/ateliers/" + id);
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.CONFLICT) {
                    throw e;
                }
                form.error("reason", e.getMessage());
            }
        }
        return Pages.html(422, Templates.session(workshops.get(current.get(), id), workshops.registrants(id), form));
    }

    private static List<Option> themes() {
        return Arrays.stream(WorkshopTheme.values()).map(t -> new Option(t.name(), t.label)).toList();
    }

    private static <T> T parse(FormState form, String field, String text, Function<String, T> parser, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            form.error(field, message);
            return null;
        }
    }
}
