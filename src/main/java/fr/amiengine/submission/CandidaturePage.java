package fr.amiengine.submission;

import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignView;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FieldError;
import fr.amiengine.shared.Violations;
import fr.amiengine.submission.attachment.AttachmentConfig;
import fr.amiengine.submission.attachment.AttachmentContent;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The candidate's journey: start a draft, fill it section by section, attach PDFs, review, submit, follow it,
 * withdraw it. Every action goes through {@link CandidatureService}, with the same rules as the API.
 */
// Every page class sits at "/" with full method paths: Quarkus REST routes a request inside one class only.
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
public class CandidaturePage {

    /** What the form of one section shows. */
    public record SectionModel(CandidatureView candidature, Section section, FormState form, List<Option> tracks,
                               List<Option> families, boolean budgeted, AttachmentConfig limits) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(CandidatureView candidature, boolean deadlinePassed);

        static native TemplateInstance section(SectionModel model);

        static native TemplateInstance review(CandidatureView candidature, List<FieldError> missing, String refusal,
                                              boolean deadlinePassed);

        static native TemplateInstance confirmation(CandidatureView candidature, CampaignView.ContactView contact);

        static native TemplateInstance withdraw(CandidatureView candidature, FormState form);
    }

    @Inject
    CandidatureService service;

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @Inject
    AttachmentConfig limits;

    @POST
    @Path("candidatures/nouvelle")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String campaign) {
        Actor actor = current.get();
        if (actor.organisationId() == null) {
            return Pages.seeOther("/organisation");
        }
        CandidatureView draft = service.createDraft(actor, campaign, null);
        return Pages.seeOther(sectionPath(draft.reference(), Section.SOLUTION), Notices.DRAFT_CREATED);
    }

    @GET
    @Path("candidatures/{ref}")
    @Authenticated
    public Response detail(@PathParam("ref") String reference) {
        CandidatureView candidature = service.get(current.get(), reference);
        return Pages.html(Templates.detail(candidature, service.deadlinePassed(reference)));
    }

    @GET
    @Path("candidatures/{ref}/modifier/{section}")
    @RolesAllowed(Roles.CANDIDATE)
    public Response sectionForm(@PathParam("ref") String reference, @PathParam("section") String slug) {
        Section section = section(slug);
        service.checkEditable(current.get(), reference);
        CandidatureView candidature = service.get(current.get(), reference);
        return Pages.html(Templates.section(model(candidature, section, CandidatureForm.of(candidature))));
    }

    @POST
    @Path("candidatures/{ref}/modifier/{section}")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSection(@PathParam("ref") String reference, @PathParam("section") String slug,
                                MultivaluedMap<String, String> fields) {
        Section section = section(slug);
        Actor actor = current.get();
        CandidatureView saved = service.get(actor, reference);
        FormState form = CandidatureForm.of(saved);
        CandidatureForm.overlay(form, section, fields);
        CandidatureRequest request = CandidatureForm.request(form);
        form.errors(Violations.of(validator.validate(request)));
        if (!form.hasErrors()) {
            try {
                service.update(actor, reference, request);
                String notice = service.deadlinePassed(reference) ? Notices.SAVED_AFTER_DEADLINE : Notices.SECTION_SAVED;
                Section next = "continuer".equals(fields.getFirst("action")) ? section.next().orElse(section) : section;
                return Pages.seeOther(sectionPath(reference, next), notice);
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                form.errors(e.errors());
            }
        }
        return Pages.html(422, Templates.section(model(saved, section, form)));
    }

    @POST
    @Path("candidatures/{ref}/pieces")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("ref") String reference,
                           @RestForm("file") FileUpload file) {
        Actor actor = current.get();
        FormState form = new FormState();
        if (file == null || file.uploadedFile() == null || file.fileName() == null || file.fileName().isBlank()) {
            form.error("file", "Choisissez un fichier PDF à joindre.");
        } else {
            try {
                service.attach(actor, reference, file.fileName(), file.uploadedFile());
                return Pages.seeOther(sectionPath(reference, Section.ATTACHMENTS), Notices.ATTACHMENT_ADDED);
            } catch (AmiException e) {
                if (e.kind() == AmiException.Kind.FORBIDDEN || e.kind() == AmiException.Kind.NOT_FOUND) {
                    throw e;
                }
                form.error("file", e.getMessage());
            }
        }
        CandidatureView candidature = service.get(actor, reference);
        return Pages.html(422, Templates.section(model(candidature, Section.ATTACHMENTS, form)));
    }

    @POST
    @Path("candidatures/{ref}/pieces/{id}/supprimer")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response detach(@PathParam("ref") String reference, @PathParam("id") Long id) {
        service.detach(current.get(), reference, id);
        return Pages.seeOther(sectionPath(reference, Section.ATTACHMENTS), Notices.ATTACHMENT_REMOVED);
    }

    @GET
    @Path("candidatures/{ref}/pieces/{id}")
    @Authenticated
    @Produces("application/pdf")
    public Response download(@PathParam("ref") String reference, @PathParam("id") Long id) {
        AttachmentContent content = service.download(current.get(), reference, id);
        return Response.ok(content.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("candidatures/{ref}/recapitulatif")
    @RolesAllowed(Roles.CANDIDATE)
    public Response review(@PathParam("ref") String reference) {
        Actor actor = current.get();
        CandidatureView candidature = service.get(actor, reference);
        return Pages.html(Templates.review(candidature, service.missingItems(actor, reference), null,
                service.deadlinePassed(reference)));
    }

    @POST
    @Path("candidatures/{ref}/soumettre")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("ref") String reference) {
        Actor actor = current.get();
        try {
            service.submit(actor, reference);
            return Pages.seeOther("/candidatures/" + reference + "/confirmation");
        } catch (AmiException e) {
            if (e.kind() == AmiException.Kind.FORBIDDEN || e.kind() == AmiException.Kind.NOT_FOUND) {
                throw e;
            }
            CandidatureView candidature = service.get(actor, reference);
            return Pages.html(e.kind().status, Templates.review(candidature, service.missingItems(actor, reference),
                    e.getMessage(), service.deadlinePassed(reference)));
        }
    }

    @GET
    @Path("candidatures/{ref}/confirmation")
    @Authenticated
    public Response confirmation(@PathParam("ref") String reference) {
        CandidatureView candidature = service.get(current.get(), reference);
        return Pages.html(Templates.confirmation(candidature, campaigns.contact(candidature.campaignCode())));
    }

    @GET
    @Path("candidatures/{ref}/retrait")
    @RolesAllowed(Roles.CANDIDATE)
    public Response withdrawForm(@PathParam("ref") String reference) {
        return Pages.html(Templates.withdraw(service.get(current.get(), reference), new FormState()));
    }

    @POST
    @Path("candidatures/{ref}/retrait")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("ref") String reference, @RestForm String reason) {
        FormState form = new FormState().set("reason", reason);
        form.errors(Violations.of(validator.validate(new WithdrawalRequest(reason))));
        if (!form.hasErrors()) {
            service.withdraw(current.get(), reference, reason);
            return Pages.seeOther("/candidatures/" + reference, Notices.WITHDRAWN);
        }
        return Pages.html(422, Templates.withdraw(service.get(current.get(), reference), form));
    }

    private SectionModel model(CandidatureView candidature, Section section, FormState form) {
        CampaignView campaign = campaigns.get(current.get(), candidature.campaignCode());
        List<Option> tracks = campaign.tracks().stream()
                .map(t -> new Option(t.code(), t.label() + (t.budgetEuros() == null ? "" : " (budget " + t.budgetEuros() + " €)")))
                .toList();
        List<Option> families = campaign.families().stream().map(f -> new Option(f.code(), f.label())).toList();
        boolean budgeted = campaign.tracks().stream().anyMatch(t -> t.budgetEuros() != null);
        return new SectionModel(candidature, section, form, tracks, families, budgeted, limits);
    }

    private static Section section(String slug) {
        return Section.ofSlug(slug).orElseThrow(() -> AmiException.notFound("Cette section du formulaire n’existe pas."));
    }

    static String sectionPath(String reference, Section section) {
        return "/candidatures/" + reference + "/modifier/" + section.slug;
    }
}
