package fr.amiengine.evaluation;

import fr.amiengine.evaluation.assignment.AssignmentService;
import fr.amiengine.evaluation.assignment.AssignmentView;
import fr.amiengine.evaluation.assignment.ReassignmentService;
import fr.amiengine.evaluation.committee.EvaluatorRequests;
import fr.amiengine.evaluation.committee.EvaluatorService;
import fr.amiengine.evaluation.committee.EvaluatorView;
import fr.amiengine.evaluation.committee.MyCommitteeView;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.consolidation.ProgressService;
import fr.amiengine.evaluation.consolidation.ProgressView;
import fr.amiengine.evaluation.scoring.EvaluationView;
import fr.amiengine.evaluation.scoring.FileEvaluationsView;
import fr.amiengine.evaluation.scoring.MyAssignmentView;
import fr.amiengine.evaluation.scoring.ScoreLedger;
import fr.amiengine.evaluation.scoring.ScoringRequests;
import fr.amiengine.evaluation.scoring.ScoringService;
import fr.amiengine.identity.CurrentActor;
import fr.amiengine.identity.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The committee's API: members, declarations of interests, assignments, scoring, consolidation, progress. */
@Path("/api")
@Authenticated
@Tag(name = "Évaluation")
public class EvaluationResource {

    private static final String BODY = "Le corps de la requête est obligatoire";

    /** The release of an assignment: its due date. */
    public record Release(@NotNull(message = "L'échéance des évaluations est obligatoire") Instant dueAt) {
    }

    /** An administrator's change of a proposed assignment. */
    public record Change(@NotNull(message = "Le membre est obligatoire") Long evaluatorId) {
    }

    @Inject
    EvaluatorService evaluators;

    @Inject
    AssignmentService assignments;

    @Inject
    ReassignmentService reassignments;

    @Inject
    ScoringService scoring;

    @Inject
    ConsolidationService consolidation;

    @Inject
    ProgressService progress;

    @Inject
    ScoreLedger ledger;

    @Inject
    fr.amiengine.campaign.CampaignRepository campaigns;

    @Inject
    CurrentActor current;

    // ----- Committee

    @POST
    @Path("campaigns/{code}/evaluators")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Inviter un membre du comité (compte trouvé ou créé dans Keycloak, rôle évaluateur)")
    public Response invite(@PathParam("code") String code, @Valid @NotNull(message = BODY) EvaluatorRequests.Invitation request) {
        return Response.status(Response.Status.CREATED).entity(evaluators.invite(current.get(), code, request)).build();
    }

    @GET
    @Path("campaigns/{code}/evaluators")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Les membres du comité d'une campagne et leurs déclarations")
    public List<EvaluatorView> members(@PathParam("code") String code) {
        return evaluators.ofCampaign(code);
    }

    @GET
    @Path("me/committees")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Les comités dont je suis membre")
    public List<MyCommitteeView> myCommittees() {
        return evaluators.committeesOf(current.get());
    }

    @POST
    @Path("me/committees/{code}/declaration")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Déclarer mes liens d'intérêts (SIREN) ; « complete » clôt la déclaration et ouvre l'accès aux dossiers")
    public EvaluatorView declare(@PathParam("code") String code, @Valid @NotNull(message = BODY) EvaluatorRequests.Declaration request) {
        return evaluators.declare(current.get(), code, request);
    }

    // ----- Assignment

    @POST
    @Path("campaigns/{code}/assignments/auto")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Proposer l'affectation automatique (flot à coût minimal : sans conflit, charges équilibrées, experts préférés)")
    public AssignmentView auto(@PathParam("code") String code) {
        return assignments.propose(current.get(), code);
    }

    @GET
    @Path("campaigns/{code}/assignments")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "L'affectation d'une campagne, avec la raison de chaque choix et les charges")
    public AssignmentView assignment(@PathParam("code") String code) {
        return assignments.view(code);
    }

    @PUT
    @Path("assignments/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Confier une affectation proposée à un autre membre")
    public AssignmentView change(@PathParam("id") Long id, @Valid @NotNull(message = BODY) Change request) {
        return assignments.change(current.get(), id, request.evaluatorId());
    }

    @POST
    @Path("campaigns/{code}/assignments/release")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publier l'affectation aux évaluateurs avec l'échéance des évaluations")
    public Response release(@PathParam("code") String code, @Valid @NotNull(message = BODY) Release request) {
        assignments.requestRelease(current.get(), code, request.dueAt());
        return Response.accepted().build();
    }

    @GET
    @Path("me/assignments")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Les dossiers qui me sont attribués, avec leur échéance")
    public List<MyAssignmentView> myAssignments() {
        return scoring.assignmentsOf(current.get());
    }

    @POST
    @Path("assignments/{id}/conflict")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Me déporter d'un dossier pour conflit d'intérêts ; le dossier est confié à un autre membre")
    public Response recuse(@PathParam("id") Long id, @Valid @NotNull(message = BODY) EvaluatorRequests.Recusal request) {
        reassignments.recuse(current.get(), id, request.reason());
        return Response.noContent().build();
    }

    // ----- Scoring

    @GET
    @Path("assignments/{id}/evaluation")
    @Operation(summary = "Mon évaluation d'un dossier (ou, pour un administrateur, celle d'un membre)")
    public EvaluationView evaluation(@PathParam("id") Long id) {
        return scoring.view(current.get(), id);
    }

    @PUT
    @Path("assignments/{id}/evaluation")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Enregistrer le brouillon de mon évaluation (notes dans le barème, justifications)")
    public EvaluationView saveDraft(@PathParam("id") Long id, @Valid @NotNull(message = BODY) ScoringRequests.Scores request) {
        return scoring.saveDraft(current.get(), id, request);
    }

    @POST
    @Path("assignments/{id}/evaluation/submit")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Soumettre mon évaluation : elle est alors verrouillée")
    public EvaluationView submit(@PathParam("id") Long id) {
        return scoring.submit(current.get(), id);
    }

    @POST
    @Path("assignments/{id}/evaluation/reopen")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rouvrir une évaluation soumise, avec un motif conservé")
    public EvaluationView reopen(@PathParam("id") Long id, @Valid @NotNull(message = BODY) ScoringRequests.Reopening request) {
        return scoring.reopen(current.get(), id, request.reason());
    }

    @GET
    @Path("candidatures/{ref}/evaluations")
    @Operation(summary = "Les évaluations d'un dossier : visibles d'un évaluateur seulement après la soumission de la sienne")
    public FileEvaluationsView evaluations(@PathParam("ref") String reference) {
        return consolidation.evaluationsOf(current.get(), reference);
    }

    @POST
    @Path("candidatures/{ref}/consensus")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Écrire la note commune (et l'avis minoritaire) d'un dossier en désaccord")
    public Response consensus(@PathParam("ref") String reference, @Valid @NotNull(message = BODY) ScoringRequests.ConsensusNote request) {
        consolidation.recordConsensus(current.get(), reference, request);
        return Response.noContent().build();
    }

    // ----- Follow-up

    @GET
    @Path("campaigns/{code}/progress")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "L'avancement de l'évaluation : dossiers par état, membres, retards, désaccords, soumissions par jour")
    public ProgressView progress(@PathParam("code") String code) {
        return progress.progress(code);
    }

    @GET
    @Path("campaigns/{code}/ledger")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Vérifier le registre chaîné des notes de la campagne")
    public ScoreLedger.Verification ledger(@PathParam("code") String code) {
        return ledger.verify(campaigns.getByCode(code).id);
    }
}
