package fr.amiengine.evaluation.consolidation;

import fr.amiengine.evaluation.scoring.FileEvaluationsView;
import fr.amiengine.evaluation.scoring.ScoringRequests;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.Violations;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/** The joint note a pair of members writes on a file they disagree on. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EVALUATOR)
public class ConsensusPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance consensus(String reference, FileEvaluationsView evaluations, FormState form);
    }

    @Inject
    ConsolidationService consolidation;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @GET
    @Path("evaluation/dossiers/{ref}/note-commune")
    public Response consensusForm(@PathParam("ref") String reference) {
        return Pages.html(Templates.consensus(reference, consolidation.evaluationsOf(current.get(), reference), new FormState()));
    }

    @POST
    @Path("evaluation/dossiers/{ref}/note-commune")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consensus(@PathParam("ref") String reference, @RestForm String note,
                              @RestForm String minorityView) {
        ScoringRequests.ConsensusNote request = new ScoringRequests.ConsensusNote(note, minorityView);
        FormState form = new FormState().set("note", note).set("minorityView", minorityView);
        form.errors(Violations.of(validator.validate(request)));
        if (!form.hasErrors()) {
            consolidation.recordConsensus(current.get(), reference, request);
            return Pages.seeOther("/evaluation", Notices.CONSENSUS_RECORDED);
        }
        return Pages.html(422, Templates.consensus(reference, consolidation.evaluationsOf(current.get(), reference), form));
    }
}
