package fr.amiengine.submission;

import java.util.EnumSet;
import java.util.Set;

/**
 * BRIEF.md lifecycle, plus {@code CORRECTION_REQUESTED}: the file was sent back to the candidate during
 * the admissibility review and waits for a corrected submission before a deadline.
 */
public enum CandidatureState {
    DRAFT("Brouillon"),
    SUBMITTED("Soumise"),
    CORRECTION_REQUESTED("Correction demandée"),
    ADMISSIBLE("Recevable"),
    INADMISSIBLE("Irrecevable"),
    UNDER_REVIEW("En évaluation"),
    REVIEWED("Évaluée"),
    RETAINED("Retenue"),
    NOT_RETAINED("Non retenue"),
    WAITLISTED("Liste d’attente"),
    WITHDRAWN("Retirée");

    /** The French word shown to people. */
    public final String label;

    CandidatureState(String label) {
        this.label = label;
    }

    /** States in which the candidate may still edit the file. */
    public static final Set<CandidatureState> EDITABLE = EnumSet.of(DRAFT, CORRECTION_REQUESTED);

    /** States after which nothing changes any more. */
    public static final Set<CandidatureState> FINAL = EnumSet.of(INADMISSIBLE, RETAINED, NOT_RETAINED, WAITLISTED, WITHDRAWN);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
