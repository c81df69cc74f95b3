package fr.amiengine.workflow;

import fr.amiengine.shared.FrenchFormat;
import java.time.Instant;

/**
 * A campaign's calculation too large for a request, run on the job executor by its own process: one at a time per
 * campaign (the process's business key is the campaign's code and a suffix), started and read through
 * {@link WorkflowService#startCalculation} and {@link WorkflowService#calculation}. The assignment and the selection
 * share this one mechanism; docs/bpmn.md describes their processes.
 */
public enum BackgroundCalculation {

    /** {@code Process_AssignmentCalculation}, above {@code ami.solver.background-above}. */
    ASSIGNMENT(ProcessVariables.PROCESS_ASSIGNMENT_CALCULATION, ":affectation", "de l’affectation",
            "aucune affectation n’a changé"),
    /** {@code Process_SelectionCalculation}, above {@code ami.solver.selection-background-above}. */
    SELECTION(ProcessVariables.PROCESS_SELECTION_CALCULATION, ":selection", "de la sélection",
            "aucune décision n’a changé");

    final String processKey;
    private final String keySuffix;
    private final String ofWhat;
    private final String unchanged;

    BackgroundCalculation(String processKey, String keySuffix, String ofWhat, String unchanged) {
        this.processKey = processKey;
        this.keySuffix = keySuffix;
        this.ofWhat = ofWhat;
        this.unchanged = unchanged;
    }

    /** The business key of the campaign's calculation: one at a time per campaign. */
    public String businessKey(String campaignCode) {
        return campaignCode + keySuffix;
    }

    /**
     * A calculation of a campaign that was started and has not ended: it runs, or its job failed at every attempt
     * the engine made (an incident) and it waits for an administrator to ask again.
     *
     * @param startedAt when it was asked for
     * @param failed    whether the engine gave up on it; its result was never written (one transaction)
     */
    public record Run(BackgroundCalculation calculation, Instant startedAt, boolean failed) {

        /** « Un calcul de la sélection de la campagne X est déjà en cours depuis … : attendez son résultat. » */
        public String alreadyRunning(String campaignCode) {
            return "Un calcul " + calculation.ofWhat + " de la campagne " + campaignCode + " est déjà en cours depuis "
                    + FrenchFormat.dateTime(startedAt) + "\u00a0: attendez son résultat.";
        }

        /** What the page and the API say of a failed run, in French; the exception itself is in the server's log. */
        public String failure() {
            return "Le calcul " + calculation.ofWhat + " démarré le " + FrenchFormat.dateTime(startedAt)
                    + " a échoué sur une erreur inattendue, consignée dans le journal du serveur\u00a0; "
                    + calculation.unchanged + ". Vous pouvez le relancer.";
        }
    }
}
