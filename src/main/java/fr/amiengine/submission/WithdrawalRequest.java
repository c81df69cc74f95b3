package fr.amiengine.submission;

import jakarta.validation.constraints.Size;

/** Why the candidate withdraws (optional). */
public record WithdrawalRequest(@Size(max = 2000, message = "Le motif ne doit pas dépasser 2 000 caractères") String reason) {
}
