package fr.amiengine.waitlist;

import fr.amiengine.correspondence.DocumentAccess;
import fr.amiengine.correspondence.DocumentKind;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Option;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.security.Authenticated;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The pages of a renunciation: the laureate's confirmation « Renoncer à la sélection », its acknowledgement and the
 * promoted file's letter, and the administrators' page of the waiting list with the approvals (four eyes).
 */
@Path("/")
@Tenant("web")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WaitlistPage {

    static final String CONFIRM = "oui";

    /** A renunciation on the administrators' page, with why this administrator may not act on it now. */
    public record Row(PromotionView promotion, String barred) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance renounce(WaitlistService.Target file, FormState form, List<Option> confirm, String refusal);

        static native TemplateInstance waitlist(String code, List<Row> rows, String refusal, FormState form);
    }

    @Inject
    WaitlistService waitlist;

    @Inject
    DocumentAccess documents;

    @Inject
    CurrentActor current;

    @Inject
    WaitlistTexts texts;

    private List<Option> confirmOption() {
        return List.of(new Option(CONFIRM, texts.renounce_confirm_label()));
    }

    @GET
    @Path("candidatures/{ref}/renonciation")
    @RolesAllowed(Roles.CANDIDATE)
    public Response renounceForm(@PathParam("ref") String reference) {
        return Pages.html(Templates.renounce(waitlist.target(current.get(), reference), new FormState(), confirmOption(), null));
    }

    @POST
    @Path("candidatures/{ref}/renonciation")
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renounce(@PathParam("ref") String reference, @RestForm String reason, @RestForm String confirm) {
        WaitlistService.Target file = waitlist.target(current.get(), reference);
        FormState form = new FormState().set("reason", reason).set("confirm", confirm);
        if (reason == null || reason.isBlank()) {
            form.error("reason", texts.reason_required());
        }
        if (!CONFIRM.equals(confirm)) {
            form.error("confirm", texts.renounce_confirm_missing());
        }
        if (form.hasErrors()) {
            return Pages.html(422, Templates.renounce(file, form, confirmOption(), null));
        }
        try {
            waitlist.renounce(current.get(), reference, reason);
            return Pages.seeOther("/candidatures/" + reference);
        } catch (AmiException e) {
            if (e.kind() == AmiException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.html(e.kind().status, Templates.renounce(file, form, confirmOption(), e.getMessage()));
        }
    }

    @GET
    @Path("candidatures/{ref}/accuse-de-desistement.pdf")
    @Produces("application/pdf")
    public Response acknowledgement(@PathParam("ref") String reference) {
        return pdf(documents.ofFile(current.get(), reference, DocumentKind.RENUNCIATION_ACK));
    }

    @GET
    @Path("candidatures/{ref}/lettre-de-decision-promotion.pdf")
    @Produces("application/pdf")
    public Response promotionLetter(@PathParam("ref") String reference) {
        return pdf(documents.ofFile(current.get(), reference, DocumentKind.PROMOTION_LETTER));
    }

    private static Response pdf(DocumentAccess.Download document) {
        return Response.ok(document.content(), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName() + "\"").build();
    }

    @GET
    @Path("admin/campagnes/{code}/liste-attente")
    @RolesAllowed(Roles.ADMIN)
    public Response overview(@PathParam("code") String code) {
        return page(code, null, new FormState(), 200);
    }

    @POST
    @Path("admin/renonciations/{ref}/approbation")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("ref") String reference) {
        String code = waitlist.get(reference).campaignCode();
        try {
            waitlist.approve(current.get(), reference);
            return Pages.seeOther("/admin/campagnes/" + code + "/liste-attente");
        } catch (AmiException e) {
            if (e.kind() == AmiException.Kind.NOT_FOUND) {
                throw e;
            }
            return page(code, e.getMessage(), new FormState(), e.kind().status);
        }
    }

    @POST
    @Path("admin/renonciations/{ref}/rejet")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("ref") String reference, @RestForm String reason) {
        String code = waitlist.get(reference).campaignCode();
        FormState form = new FormState().set("reason", reason);
        try {
            waitlist.reject(current.get(), reference, reason);
            return Pages.seeOther("/admin/campagnes/" + code + "/liste-attente");
        } catch (AmiException e) {
            if (e.kind() == AmiException.Kind.NOT_FOUND) {
                throw e;
            }
            if (e.kind() == AmiException.Kind.INVALID) {
                form.error("reason", e.getMessage());
                return page(code, null, form, 422);
            }
            return page(code, e.getMessage(), form, e.kind().status);
        }
    }

    private Response page(String code, String refusal, FormState form, int status) {
        List<Row> rows = waitlist.ofCampaign(code).stream()
                .map(p -> new Row(p, waitlist.approvalBarred(current.get(), p.withdrawnReference()).orElse(null))).toList();
        return Pages.html(status, Templates.waitlist(code, rows, refusal, form));
    }
}
