package fr.amiengine.admissibility;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The administrator's decision. A written reason is required for an inadmissibility or a correction,
 * and a correction also needs a deadline.
 */
public record AdmissibilityRequest(
        @NotNull(message = "La décision est obligatoire\u00a0: recevable, irrecevable ou à corriger par le candidat")
        AdmissibilityOutcome outcome,
        @Size(max = 2000, message = "Le motif ne doit pas dépasser 2 000 caractères") String reason,
        Instant correctionDueAt) {
}
