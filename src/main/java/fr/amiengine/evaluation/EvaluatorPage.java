package fr.amiengine.evaluation;

import fr.amiengine.evaluation.committee.EvaluatorService;
import fr.amiengine.evaluation.committee.MyCommitteeView;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.scoring.MyAssignmentView;
import fr.amiengine.evaluation.scoring.ScoringService;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A committee member's home: their committees, the files given to them, the consensus notes asked of them. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EVALUATOR)
public class EvaluatorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<MyCommitteeView> committees, List<MyAssignmentView> current,
                                            List<MyAssignmentView> finished, List<String> consensusFiles);
    }

    @Inject
    EvaluatorService evaluators;

    @Inject
    ScoringService scoring;

    @Inject
    ConsolidationService consolidation;

    @Inject
    CurrentActor current;

    @GET
    @Path("evaluation")
    public Response home() {
        Actor actor = current.get();
        // a campaign past its evaluation leaves « Dossiers à évaluer » for the section of the finished ones
        ScoringService.MyAssignments assignments = scoring.myAssignments(actor);
        return Pages.html(Templates.home(evaluators.committeesOf(actor), assignments.current(), assignments.finished(),
                consolidation.consensusAwaitedFrom(actor)));
    }
}
