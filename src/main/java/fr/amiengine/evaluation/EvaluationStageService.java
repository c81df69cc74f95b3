package fr.amiengine.evaluation;

import fr.amiengine.campaign.Campaign;
import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.campaign.CampaignService;
import fr.amiengine.campaign.CampaignState;
import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.ServerClock;
import fr.amiengine.submission.ActorKind;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.CandidatureRepository;
import fr.amiengine.submission.CandidatureState;
import fr.amiengine.workflow.OpenTask;
import fr.amiengine.workflow.ProcessVariables;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The start of the evaluation stage: once the campaign is closed and every file has its admissibility
 * decision, an administrator launches it and every admissible file moves to review.
 */
@ApplicationScoped
public class EvaluationStageService {

    private static final Logger LOG = Logger.getLogger(EvaluationStageService.class);

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignService campaignService;

    @Inject
    CandidatureRepository candidatures;

    @Inject
    WorkflowService workflow;

    @Inject
    ServerClock clock;

    /** Completes {@code Task_LaunchEvaluation}; refused while files still wait for admissibility. */
    @Transactional
    public void launch(Actor actor, String code) {
        Campaign campaign = campaigns.getByCode(code);
        if (campaign.state != CampaignState.CLOSED) {
            throw AmiException.conflict("L’évaluation se lance une fois la campagne close\u00a0; la campagne " + code
                    + " est " + campaign.state.label + ".");
        }
        long pending = candidatures.countInStates(code,
                EnumSet.of(CandidatureState.SUBMITTED, CandidatureState.CORRECTION_REQUESTED));
        if (pending > 0) {
            throw AmiException.conflict(pending + (pending == 1 ? " candidature attend" : " candidatures attendent")
                    + " encore leur décision de recevabilité\u00a0: l’évaluation ne peut pas commencer.");
        }
        if (!workflow.completeTask(OpenTask.of(code, ProcessVariables.TASK_LAUNCH_EVALUATION), Map.of())) {
            throw AmiException.conflict("L’évaluation de la campagne " + code + " a déjà été lancée.");
        }
        LOG.infof("Évaluation de %s lancée par %s", code, actor.username());
    }

    /** {@code Task_StartEvaluation}: the campaign enters evaluation and every admissible file is told so. */
    @Transactional
    public int start(String code) {
        campaignService.enterEvaluation(code);
        int moved = workflow.correlateAll(ProcessVariables.MSG_EVALUATION_STARTED, code);
        LOG.infof("Campagne %s\u00a0: %d candidatures passent en évaluation", code, moved);
        return moved;
    }

    /** {@code Task_MarkUnderReview}: the file waits for its evaluators. */
    @Transactional
    public void markUnderReview(String reference) {
        Candidature candidature = candidatures.getByReference(reference);
        candidature.moveTo(CandidatureState.UNDER_REVIEW, ActorKind.SYSTEM, ActorKind.SYSTEM.publicName, clock.now(), "Évaluation par le comité commencée");
    }
}
