package fr.amiengine.selection;

import fr.amiengine.submission.CandidatureState;

/** The committee's decision on a file, and the state the file then takes. */
public enum DecisionOutcome {
    RETAINED("Retenue", CandidatureState.RETAINED),
    NOT_RETAINED("Non retenue", CandidatureState.NOT_RETAINED),
    WAITLISTED("Liste d’attente", CandidatureState.WAITLISTED),
    /**
     * A laureate renounced its selection after the decisions were final (fr.amiengine.waitlist): its seat goes to
     * the waiting list. Never a choice of the deliberation.
     */
    RENOUNCED("Désistement", CandidatureState.WITHDRAWN);

    public final String label;
    public final CandidatureState state;

    DecisionOutcome(String label, CandidatureState state) {
        this.label = label;
        this.state = state;
    }
}
