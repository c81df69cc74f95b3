package fr.amiengine.selection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The second administrator approves the decisions, or sends them back to the deliberation with a reason. */
public record ApprovalRequest(
        @NotNull(message = "Indiquez si vous approuvez les décisions (approved\u00a0: true ou false)") Boolean approved,
        @Size(max = 4000, message = "La raison ne doit pas dépasser 4 000 caractères") String reason) {
}
