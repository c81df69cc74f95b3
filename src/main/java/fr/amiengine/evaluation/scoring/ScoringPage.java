package fr.amiengine.evaluation.scoring;

import fr.amiengine.evaluation.assignment.ReassignmentService;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.submission.CandidatureService;
import fr.amiengine.submission.CandidatureView;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Option;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** A committee member's page of one file: its scoring, the other evaluations once theirs is submitted, the recusal. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EVALUATOR)
public class ScoringPage {

    /**
     * What the scoring page shows.
     *
     * @param next the evaluator's next file still to score, empty when this one is the last
     */
    public record ScoringModel(EvaluationView evaluation, CandidatureView file, FormState form,
                               Optional<FileEvaluationsView> others, String othersHidden, Optional<MyAssignmentView> next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scoring(ScoringModel model);

        static native TemplateInstance confirm(EvaluationView evaluation);
    }

    @Inject
    ScoringService scoring;

    @Inject
    ReassignmentService reassignments;

    @Inject
    OtherEvaluations otherEvaluations;

    @Inject
    CandidatureService candidatures;

    @Inject
    CurrentActor current;

    @GET
    @Path("evaluation/affectations/{id}")
    public Response scoringForm(@PathParam("id") Long id) {
        EvaluationView evaluation = scoring.view(current.get(), id);
        return Pages.html(Templates.scoring(model(evaluation, ScoringForm.of(evaluation))));
    }

    @POST
    @Path("evaluation/affectations/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("id") Long id, MultivaluedMap<String, String> fields) {
        Actor actor = current.get();
        EvaluationView saved = scoring.view(actor, id);
        FormState form = ScoringForm.typed(fields, saved);
        ScoringRequests.Scores request = ScoringForm.request(form, saved);
        if (!form.hasErrors()) {
            try {
                scoring.saveDraft(actor, id, request);
                if ("soumettre".equals(fields.getFirst("action"))) {
                    // submitting locks the evaluation: the draft is saved, then a summary asks for confirmation
                    List<fr.amiengine.shared.FieldError> missing = scoring.missingForSubmission(actor, id);
                    if (missing.isEmpty()) {
                        return Pages.seeOther("/evaluation/affectations/" + id + "/soumission");
                    }
                    form.errors(missing).error("scores", "L’évaluation est incomplète\u00a0: chaque critère demande une note et une justification.");
                    return Pages.html(422, Templates.scoring(model(scoring.view(actor, id), form)));
                }
                return Pages.seeOther("/evaluation/affectations/" + id, Notices.EVALUATION_SAVED);
            } catch (AmiException e) {
                if (e.kind() != AmiException.Kind.INVALID) {
                    throw e;
                }
                form.errors(e.errors());
                if (e.errors().isEmpty()) {
                    form.error("scores", e.getMessage());
                }
            }
        }
        return Pages.html(422, Templates.scoring(model(scoring.view(actor, id), form)));
    }

    /** The confirmation step before an evaluation is submitted and locked: what will be submitted, and « Confirmer ». */
    @GET
    @Path("evaluation/affectations/{id}/soumission")
    public Response confirmation(@PathParam("id") Long id) {
        EvaluationView evaluation = scoring.view(current.get(), id);
        // nothing to confirm once submitted, nor while a score or a justification is missing: back to the form
        if (evaluation.state() == EvaluationState.SUBMITTED || !scoring.missingForSubmission(current.get(), id).isEmpty()) {
            return Pages.seeOther("/evaluation/affectations/" + id);
        }
        return Pages.html(Templates.confirm(evaluation));
    }

    @POST
    @Path("evaluation/affectations/{id}/soumission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") Long id) {
        Actor actor = current.get();
        try {
            scoring.submit(actor, id);
            return Pages.seeOther("/evaluation/affectations/" + id, Notices.EVALUATION_SUBMITTED);
        } catch (AmiException e) {
            if (e.kind() != AmiException.Kind.INVALID) {
                throw e;
            }
            EvaluationView evaluation = scoring.view(actor, id);
            FormState form = ScoringForm.of(evaluation).errors(e.errors());
            return Pages.html(422, Templates.scoring(model(evaluation, form)));
        }
    }

    @POST
    @Path("evaluation/affectations/{id}/deport")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recuse(@PathParam("id") Long id, @RestForm String reason) {
        Actor actor = current.get();
        if (reason == null || reason.isBlank()) {
            EvaluationView evaluation = scoring.view(actor, id);
            FormState form = ScoringForm.of(evaluation).error("reason", "Indiquez la raison du déport");
            return Pages.html(422, Templates.scoring(model(evaluation, form)));
        }
        reassignments.recuse(actor, id, reason.strip());
        return Pages.seeOther("/evaluation", Notices.RECUSED);
    }

    private ScoringModel model(EvaluationView evaluation, FormState form) {
        Actor actor = current.get();
        CandidatureView file = candidatures.get(actor, evaluation.reference());
        Optional<FileEvaluationsView> others = Optional.empty();
        String hidden = null;
        try {
            others = Optional.of(otherEvaluations.evaluationsOf(actor, evaluation.reference()));
        } catch (AmiException e) {
            hidden = e.getMessage();
        }
        Optional<MyAssignmentView> next = MyFiles.nextAfter(scoring.assignmentsOf(actor), evaluation.assignmentId());
        return new ScoringModel(evaluation, file, form, others, hidden, next);
    }

    /** The score choices of a criterion: its scale, step by step, in French notation. */
    static List<Option> scale(BigDecimal min, BigDecimal max, BigDecimal step) {
        List<Option> options = new ArrayList<>();
        for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            String plain = v.stripTrailingZeros().toPlainString();
            options.add(new Option(plain, plain.replace('.', ',')));
        }
        return options;
    }
}
