package fr.amiengine.selection;

import fr.amiengine.campaign.CampaignRepository;
import fr.amiengine.shared.AmiException;
import fr.amiengine.workflow.SolverThread;
import fr.amiengine.workflow.WorkflowService;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A selection proposal calculated off the request and off the job ({@code Process_SelectionCalculation}): the job
 * reads the ranking in its short transaction; once it has committed, the process waits at
 * {@code Task_AwaitSelectionSolved} and this node's {@link SolverThread} solves, holding no transaction nor
 * connection, then writes the proposal in one transaction that also delivers {@code Msg_SelectionSolved} to that
 * attempt of the process. A result whose attempt is no longer awaited (the process started the calculation again after
 * its timer, or an administrator replaced a failed one) finds no process and is dropped, with nothing written.
 */
@ApplicationScoped
public class SelectionCalculation {

    private static final Logger LOG = Logger.getLogger(SelectionCalculation.class);

    /** Attempts lost (a node stopped, or no result within the process's timer) before the calculation is shown failed. */
    static final int MAX_ATTEMPTS = 3;

    @Inject
    SelectionService selection;

    @Inject
    CampaignRepository campaigns;

    @Inject
    WorkflowService workflow;

    @Inject
    SolverThread solver;

    @Inject
    SelectionCalculation self;

    /**
     * {@code Task_CalculateSelection}: reads what to solve and hands it to the solver thread, once the job's transaction
     * has committed.
     *
     * @param attempt 1 for the first, then one more each time the process's timer found no result
     * @return whether the solver was started; false when the proposal was refused at once (the reason is on the page)
     */
    @Transactional
    public boolean start(String processInstanceId, int attempt, String code, String askedBy, String askedBySubject,
                         int waitlistPerTrack) {
        if (attempt > MAX_ATTEMPTS) {
            // a failure of the job: with no retry left, the page shows it failed and offers to ask again
            throw new IllegalStateException("Le calcul de la sélection de " + code + " est resté sans résultat "
                    + (attempt - 1) + " fois (nœud arrêté ou calcul trop long)\u00a0: il n’est plus relancé.");
        }
        Optional<SelectionService.Problem> problem = selection.problemToCalculate(code);
        if (problem.isEmpty()) {
            return false;
        }
        LOG.infof("Sélection de %s\u00a0: %d dossiers éligibles confiés au solveur (tentative %d)", code, problem.get().size(),
                attempt);
        // only the solver's input travels to the thread: the writing reads the ranking again
        SelectionService.Problem input = problem.get().input();
        solver.afterCommit("de la sélection de " + code, () -> {
            if (!workflow.awaitsCalculationResult(processInstanceId, attempt)) {
                LOG.warnf("Sélection de %s\u00a0: tentative %d abandonnée avant son calcul, elle n’est plus attendue", code,
                        attempt);
                return;
            }
            SelectionService.Solution solution = null;
            String refusal = null;
            try {
                solution = SelectionService.solve(input);
            } catch (AmiException e) {
                refusal = e.getMessage();
            } catch (RuntimeException | Error e) {
                self.fail(processInstanceId, attempt, code);
                throw e;
            }
            try {
                self.finish(processInstanceId, attempt, code, input, solution, refusal, askedBy, askedBySubject,
                        waitlistPerTrack);
            } catch (RuntimeException e) {
                self.fail(processInstanceId, attempt, code);
                throw e;
            }
        });
        return true;
    }

    /** The result of one attempt: delivered to the process, and written, together or not at all. */
    @Transactional
    @ActivateRequestContext
    public void finish(String processInstanceId, int attempt, String code, SelectionService.Problem solved,
                SelectionService.Solution solution, String refusal, String askedBy, String askedBySubject, int waitlistPerTrack) {
        // the campaign first, then the engine's rows, in the order of the requests (SelectionService.propose)
        campaigns.lockByCode(code);
        if (!workflow.deliverCalculationResult(processInstanceId, attempt)) {
            LOG.warnf("Sélection de %s\u00a0: résultat de la tentative %d ignoré, le calcul n’attend plus celui-ci", code, attempt);
            return;
        }
        selection.writeCalculated(code, solved, solution, refusal, askedBy, askedBySubject, waitlistPerTrack);
    }

    /**
     * An unexpected failure of the solve or of its writing (logged by the solver thread): the attempt ends, nothing else
     * changes, and the page says in French that the calculation failed and may be asked again.
     */
    @Transactional
    @ActivateRequestContext
    public void fail(String processInstanceId, int attempt, String code) {
        campaigns.lockByCode(code);
        if (workflow.deliverCalculationResult(processInstanceId, attempt)) {
            selection.noteCalculationFailure(code);
        }
    }
}
