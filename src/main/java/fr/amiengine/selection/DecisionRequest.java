package fr.amiengine.selection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's decision on one file: retained, not retained or waitlisted, and why. */
public record DecisionRequest(
        @NotNull(message = "La décision est obligatoire\u00a0: retenue, non retenue ou liste d’attente") DecisionOutcome outcome,
        @Size(max = 4000, message = "La motivation ne doit pas dépasser 4 000 caractères") String motivation) {
}
