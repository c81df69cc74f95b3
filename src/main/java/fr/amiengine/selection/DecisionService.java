package fr.amiengine.selection;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.evaluation.consolidation.ConsolidationService;
import fr.amiengine.evaluation.scoring.ScoringService;
import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.ActorKind;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.OpenTask;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.RetryOnConcurrentChange;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The committee session: the administrators open the deliberation, adjust the proposal file by file with a written
 * motivation, submit the whole set, and a second administrator approves it (four eyes) or sends it back. Approval
 * makes the decisions final and moves each file's process on.
 *
 * <p>Four eyes means two people: the approver is someone who neither submitted the set nor changed any of its
 * decisions (each decision keeps everyone who changed it, {@link Decision#editors}). While the set waits for approval
 * nothing it rests on changes: decisions and proposal are refused (409), and so is reopening an evaluation
 * ({@link ScoringService#reopen}); only the approver sends the set back to the deliberation, with a reason.
 */
@ApplicationScoped
@RetryOnConcurrentChange
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    @Inject
    CampaignRepository campaigns;

    @Inject
    jakarta.enterprise.event.Event<DecisionsFinalised> finalised;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    DecisionRepository decisions;

    @Inject
    SelectionService selection;

    @Inject
    DecisionLedger ledger;

    @Inject
    ScoringService scoring;

    @Inject
    ConsolidationService consolidation;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    /** Completes {@code Task_OpenDeliberation}: refused while a file still waits for its evaluations. */
    @Transactional
    public void openDeliberation(Actor admin, String code) {
        Campaign campaign = campaigns.lockByCode(code);
        if (campaign.state != CampaignState.EVALUATION) {
            throw AmiException.conflict("La délibération s’ouvre à la fin de l’évaluation\u00a0; la campagne " + code + " est "
                    + campaign.state.label + ".");
        }
        List<String> waiting = awaitingEvaluation(code);
        if (!waiting.isEmpty()) {
            throw AmiException.conflict("La délibération ne peut pas s’ouvrir\u00a0: " + waiting.size() + " dossier"
                    + (waiting.size() > 1 ? "s attendent" : " attend") + " encore des évaluations (" + summary(waiting) + ").");
        }
        if (!workflow.completeTask(OpenTask.of(code, ProcessVariables.TASK_OPEN_DELIBERATION), Map.of())) {
            throw AmiException.conflict("La campagne " + code + " n’attend pas l’ouverture de sa délibération.");
        }
        LOG.infof("Délibération de %s ouverte par %s", code, admin.username());
    }

    /** The files of a campaign that still wait for their evaluations: the deliberation opens when there is none. */
    @Transactional
    public List<String> awaitingEvaluation(String code) {
        return candidatures.list("campaign.code = ?1 and state in ?2 order by reference", code,
                EnumSet.of(CandidatureState.ADMISSIBLE, CandidatureState.UNDER_REVIEW)).stream().map(c -> c.reference).toList();
    }

    private static String summary(List<String> references) {
        return references.size() <= 5 ? String.join(", ", references)
                : String.join(", ", references.subList(0, 5)) + "…";
    }

    /** {@code Task_StartDeliberation}: state {@code DELIBERATION}, and the first proposal. */
    @Transactional
    public void startDeliberation(String code) {
        Campaign campaign = campaigns.lockByCode(code);
        campaign.state = CampaignState.DELIBERATION;
        selection.proposeAtStart(code);
    }

    /** {@code PUT /api/candidatures/{ref}/decision}: an administrator's decision on one file, with its motivation. */
    @Transactional
    public SelectionView.Line decide(Actor admin, String reference, DecisionRequest request) {
        Decision decision = decisions.ofFile(reference)
                .orElseThrow(() -> AmiException.conflict("Le dossier " + reference + " n’a pas de décision proposée\u00a0: "
                        + "la délibération de sa campagne n’est pas ouverte, ou le dossier n’est pas évalué."));
        Campaign campaign = campaigns.lockByCode(decision.campaign.code);
        requireOpenDeliberation(campaign);
        String motivation = request.motivation() == null ? null : request.motivation().strip();
        boolean blank = motivation == null || motivation.isEmpty();
        if (request.outcome() == DecisionOutcome.RENOUNCED) {
            throw AmiException.invalid("outcome", "Le désistement n’est pas une décision du comité : seul le lauréat y renonce, "
                    + "une fois les décisions définitives.");
        }
        if (request.outcome() == DecisionOutcome.RETAINED && !decision.eligible) {
            throw AmiException.invalid("outcome", "Ce dossier n’atteint pas le seuil d’un critère\u00a0: il ne peut pas être retenu.");
        }
        if (blank && request.outcome() == DecisionOutcome.NOT_RETAINED) {
            throw AmiException.invalid("motivation", "Un refus doit être motivé\u00a0: écrivez la motivation de la décision.");
        }
        if (request.outcome() != decision.proposedOutcome && (blank || motivation.equals(decision.motivation))) {
            throw AmiException.invalid("motivation", "Cette décision s’écarte de la proposition («\u00a0"
                    + decision.proposedOutcome.label + "\u00a0»)\u00a0: écrivez pourquoi.");
        }
        Instant now = clock.now();
        decision.outcome = request.outcome();
        decision.motivation = blank ? decision.motivation : motivation;
        decision.departs = decision.outcome != decision.proposedOutcome;
        decision.manual = true;
        decision.editors.put(admin.subject(), admin.username());
        decision.updatedBy = admin.username();
        decision.updatedAt = now;
        ledger.record(campaign, reference, DecisionLedgerEntry.Event.DECIDED, decision.outcome, decision.motivation,
                admin.username(), now);
        return selection.view(campaign.code).files().stream().filter(l -> l.reference().equals(reference)).findFirst().orElseThrow();
    }

    private static void requireOpenDeliberation(Campaign campaign) {
        if (campaign.state != CampaignState.DELIBERATION) {
            throw AmiException.conflict("Les décisions se prennent pendant la délibération\u00a0; la campagne " + campaign.code
                    + " est " + campaign.state.label + ".");
        }
        if (campaign.decisionsSubmittedAt != null) {
            throw AmiException.conflict("Les décisions de la campagne " + campaign.code + " sont soumises à l’approbation de "
                    + "la seconde personne\u00a0: elles ne changent plus, sauf si elle les renvoie en délibération.");
        }
    }

    /** Completes {@code Task_Deliberate}: the whole set goes to a second administrator. */
    @Transactional
    public SelectionView submit(Actor admin, String code) {
        Campaign campaign = campaigns.lockByCode(code);
        requireOpenDeliberation(campaign);
        List<Decision> all = decisions.ofCampaign(code);
        if (all.isEmpty()) {
            throw AmiException.conflict("Aucune décision à soumettre pour la campagne " + code + "\u00a0: calculez d’abord la proposition.");
        }
        List<String> problems = SelectionService.problems(campaign, all);
        if (!problems.isEmpty()) {
            throw AmiException.conflict("Les décisions ne peuvent pas être soumises\u00a0: " + String.join(" ", problems));
        }
        List<String> reopened = scoring.reopenedOf(code);
        if (!reopened.isEmpty()) {
            // its new scores would change the ranking under a set already in the approver's hands
            throw AmiException.conflict("Les décisions ne peuvent pas être soumises\u00a0: une évaluation rouverte attend encore "
                    + "d’être soumise à nouveau (" + summary(reopened) + ").");
        }
        Instant consolidated = consolidation.lastConsolidatedAt(code).orElse(null);
        if (consolidated != null && campaign.selectionComputedAt != null && consolidated.isAfter(campaign.selectionComputedAt)) {
            // a file consolidated again after the proposal: the scores and ranks the approver would read are not its own
            throw AmiException.conflict("Les décisions ne peuvent pas être soumises\u00a0: des évaluations ont été consolidées à "
                    + "nouveau depuis le calcul de la proposition. Recalculez la proposition, vérifiez les décisions, puis "
                    + "soumettez-les.");
        }
        Instant now = clock.now();
        if (!workflow.completeTask(OpenTask.of(code, ProcessVariables.TASK_DELIBERATE), Map.of())) {
            throw AmiException.conflict("La campagne " + code + " n’attend pas ses décisions.");
        }
        campaign.decisionsSubmittedBy = admin.subject();
        campaign.decisionsSubmittedByName = admin.username();
        campaign.decisionsSubmittedAt = now;
        campaign.approvalRefusal = null;
        ledger.record(campaign, null, DecisionLedgerEntry.Event.SUBMITTED, null, null, admin.username(), now);
        LOG.infof("Décisions de %s soumises à l’approbation par %s", code, admin.username());
        return selection.view(code);
    }

    /**
     * Completes {@code Task_ApproveDecisions}. Four eyes: neither the administrator who submitted the decisions nor
     * anyone who changed one of them may approve them or send them back. Sending them back needs a reason.
     */
    @Transactional
    public SelectionView approve(Actor admin, String code, ApprovalRequest request) {
        Campaign campaign = campaigns.lockByCode(code);
        if (campaign.decisionsSubmittedAt == null || campaign.state != CampaignState.DELIBERATION) {
            throw AmiException.conflict("Aucune décision de la campagne " + code + " n’attend d’approbation.");
        }
        Optional<String> barred = approvalBarred(admin, campaign);
        if (barred.isPresent()) {
            throw AmiException.forbidden(barred.get());
        }
        boolean approved = Boolean.TRUE.equals(request.approved());
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (!approved && reason.isEmpty()) {
            throw AmiException.invalid("reason", "Dites pourquoi les décisions retournent en délibération.");
        }
        if (approved && admin.fullName().equals(admin.username())) {
            // the letters name their signatory by first name and surname (CRPA L212-1), never by an account
            throw AmiException.conflict("Votre compte ne donne ni votre prénom ni votre nom : les lettres de décision "
                    + "doivent nommer leur signataire. Renseignez-les dans votre compte, puis approuvez.");
        }
        Instant now = clock.now();
        if (!workflow.completeTask(OpenTask.of(code, ProcessVariables.TASK_APPROVE_DECISIONS),
                Map.of(ProcessVariables.DECISIONS_APPROVED, approved))) {
            throw AmiException.conflict("La campagne " + code + " n’attend pas d’approbation.");
        }
        if (approved) {
            campaign.decisionsApprovedBy = admin.username();
            campaign.decisionsApprovedByName = admin.fullName();
            campaign.decisionsApprovedAt = now;
            ledger.record(campaign, null, DecisionLedgerEntry.Event.APPROVED, null, null, admin.username(), now);
            LOG.infof("Décisions de %s approuvées par %s", code, admin.username());
        } else {
            campaign.decisionsSubmittedBy = null;
            campaign.decisionsSubmittedByName = null;
            campaign.decisionsSubmittedAt = null;
            campaign.approvalRefusal = reason;
            ledger.record(campaign, null, DecisionLedgerEntry.Event.SENT_BACK, null, reason, admin.username(), now);
            LOG.infof("Décisions de %s renvoyées en délibération par %s\u00a0: %s", code, admin.username(), reason);
        }
        return selection.view(code);
    }

    /**
     * {@code Task_FinaliseDecisions}: the decisions become final, the campaign {@code DECIDED}, and each file's process
     * receives {@code CommitteeDecided}. A file withdrawn during the deliberation keeps its state.
     */
    @Transactional
    public void finalise(String code) {
        Campaign campaign = campaigns.lockByCode(code);
        int moved = 0;
        for (Decision decision : decisions.ofCampaign(code)) {
            decision.finalised = true;
            if (decision.candidature.state == CandidatureState.REVIEWED
                    && workflow.correlate(ProcessVariables.MSG_COMMITTEE_DECIDED, decision.candidature.reference, Map.of())) {
                moved++;
            }
        }
        campaign.state = CampaignState.DECIDED;
        finalised.fire(new DecisionsFinalised(code));
        LOG.infof("Campagne %s décidée\u00a0: %d dossiers reçoivent leur décision", code, moved);
    }

    /** {@code Task_RecordDecision}: the file takes the state of its final decision. */
    @Transactional
    public void recordDecision(String reference) {
        Candidature file = candidatures.lockByReference(reference);
        Decision decision = decisions.ofFile(reference).orElseThrow();
        file.moveTo(decision.outcome.state, ActorKind.ADMINISTRATION, decision.campaign.decisionsApprovedBy, clock.now(),
                decision.motivation);
    }

    /** Why this administrator may not approve the decisions of a campaign (four eyes), or empty if they may. */
    public Optional<String> approvalBarred(Actor actor, String code) {
        return approvalBarred(actor, campaigns.getByCode(code));
    }

    private Optional<String> approvalBarred(Actor actor, Campaign campaign) {
        String rule = "\u00a0: une autre personne doit les approuver (principe des quatre yeux\u00a0: ni la personne qui soumet les "
                + "décisions, ni celles qui en ont modifié une).";
        if (actor.subject().equals(campaign.decisionsSubmittedBy)) {
            return Optional.of("Vous avez soumis ces décisions" + rule);
        }
        List<String> changed = decisions.changedBy(campaign.code, actor.subject());
        if (!changed.isEmpty()) {
            return Optional.of("Vous avez modifié " + (changed.size() > 1 ? "les décisions sur " : "la décision sur ")
                    + summary(changed) + rule);
        }
        return Optional.empty();
    }

    /** The campaign of a file that has a decision; 404 otherwise. */
    public String campaignOf(String reference) {
        return decisions.ofFile(reference).map(d -> d.campaign.code)
                .orElseThrow(() -> AmiException.notFound("Le dossier " + reference + " n’a pas de décision proposée."));
    }

    /** The final decision of a file, for its letter and page; empty before approval. */
    public java.util.Optional<Decision> finalDecision(String reference) {
        return decisions.ofFile(reference).filter(d -> d.finalised);
    }
}
