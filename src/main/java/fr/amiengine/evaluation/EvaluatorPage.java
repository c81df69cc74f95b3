package fr.amiengine.evaluation;

import fr.amiengine.identity.Actor;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.Enums;
import fr.amiengine.shared.Violations;
import fr.amiengine.submission.CandidatureService;
import fr.amiengine.submission.CandidatureView;
import fr.amiengine.web.FormState;
import fr.amiengine.web.Notices;
import fr.amiengine.web.Option;
import fr.amiengine.web.Options;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The committee members' pages: their files, their declaration of interests, the scoring of a file. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EVALUATOR)
public class EvaluatorPage {

    /** What the scoring page shows. */
    public record ScoringModel(EvaluationView evaluation, CandidatureView file, FormState form,
                               Optional<FileEvaluationsView> others, String othersHidden) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<MyCommitteeView> committees, List<MyAssignmentView> assignments,
                                            List<String> consensusFiles);

        static native TemplateInstance declaration(String code, EvaluatorView member, FormState form, List<Option> kinds);

        static native TemplateInstance scoring(ScoringModel model);

        static native TemplateInstance consensus(String reference, FileEvaluationsView evaluations, FormState form);
    }

    @Inject
    EvaluatorService evaluators;

    @Inject
    ScoringService scoring;

    @Inject
    AssignmentService assignments;

    @Inject
    ConsolidationService consolidation;

    @Inject
    CandidatureService candidatures;

    @Inject
    CurrentActor current;

    @Inject
    Validator validator;

    @GET
    @Path("evaluation")
    public Response home() {
        Actor actor = current.get();
        return Pages.html(Templates.home(evaluators.committeesOf(actor), evaluators.assignmentsOf(actor),
                consolidation.consensusAwaitedFrom(actor)));
    }

    @GET
    @Path("evaluation/campagnes/{code}/declaration")
    public Response declarationForm(@PathParam("code") String code) {
        return Pages.html(Templates.declaration(code, evaluators.view(evaluators.memberOf(current.get(), code)), new FormState(),
                kinds()));
    }

    @POST
    @Path("evaluation/campagnes/{code}/declaration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(@PathParam("code") String code, @RestForm String action,
                            @RestForm String siren, @RestForm String kind, @RestForm String note) {
        Actor actor = current.get();
        FormState form = new FormState().set("siren", siren).set("kind", kind).set("note", note);
        List<EvaluatorRequests.Link> links = new ArrayList<>();
        boolean adding = siren != null && !siren.isBlank();
        if (adding) {
            ConflictKind parsed = Enums.named(ConflictKind.class, kind);
            EvaluatorRequests.Link link = new EvaluatorRequests.Link(siren, parsed, note);
            form.errors(Violations.of(validator.validate(link)));
            links.add(link);
        }
        if (!form.hasErrors()) {
            evaluators.declare(actor, code, new EvaluatorRequests.Declaration(links, "terminer".equals(action)));
            return "terminer".equals(action) ? Pages.seeOther("/evaluation", Notices.DECLARATION_DONE)
                    : Pages.seeOther("/evaluation/campagnes/" + code + "/declaration", Notices.LINK_ADDED);
        }
        return Pages.html(422, Templates.declaration(code, evaluators.view(evaluators.memberOf(actor, code)), form, kinds()));
    }

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
                    scoring.submit(actor, id);
                    return Pages.seeOther("/evaluation/affectations/" + id, Notices.EVALUATION_SUBMITTED);
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
        assignments.recuse(actor, id, reason.strip());
        return Pages.seeOther("/evaluation", Notices.RECUSED);
    }

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

    private ScoringModel model(EvaluationView evaluation, FormState form) {
        Actor actor = current.get();
        CandidatureView file = candidatures.get(actor, evaluation.reference());
        Optional<FileEvaluationsView> others = Optional.empty();
        String hidden = null;
        try {
            others = Optional.of(consolidation.evaluationsOf(actor, evaluation.reference()));
        } catch (AmiException e) {
            hidden = e.getMessage();
        }
        return new ScoringModel(evaluation, file, form, others, hidden);
    }

    private static List<Option> kinds() {
        return Options.of(ConflictKind.values(), k -> k.label);
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
