package fr.amiengine.evaluation;

import fr.amiengine.evaluation.committee.EvaluatorService;
import fr.amiengine.evaluation.committee.MyCommitteeView;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.scoring.MyAssignmentView;
import fr.amiengine.evaluation.scoring.MyFiles;
import fr.amiengine.evaluation.scoring.ScoringService;
import fr.amiengine.identity.Actor;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import fr.amiengine.web.Option;
import fr.amiengine.web.Pages;
import io.quarkus.oidc.Tenant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/** A committee member's home: their committees, the files given to them, the consensus notes asked of them. */
@Path("/")
@Tenant("web")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EVALUATOR)
public class EvaluatorPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<MyCommitteeView> committees, MyFiles assignments,
                                            List<MyAssignmentView> finished, List<String> consensusFiles,
                                            List<Option> filters, List<Option> orders);
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
    public Response home(@QueryParam("etat") String filter, @QueryParam("tri") String order) {
        Actor actor = current.get();
        // a campaign past its evaluation leaves « Dossiers à évaluer » for the section of the finished ones; the
        // filter, the order and the count apply to the files still to evaluate
        ScoringService.MyAssignments mine = scoring.myAssignments(actor);
        MyFiles files = MyFiles.of(mine.current(), filter, order);
        return Pages.html(Templates.home(evaluators.committeesOf(actor), files, mine.finished(),
                consolidation.consensusAwaitedFrom(actor),
                Arrays.stream(MyFiles.Filter.values()).map(f -> new Option(f.key, f.label)).toList(),
                Arrays.stream(MyFiles.Order.values()).map(o -> new Option(o.key, o.label)).toList()));
    }
}
