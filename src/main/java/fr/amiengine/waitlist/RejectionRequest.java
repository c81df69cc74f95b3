package fr.amiengine.waitlist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/renunciations/{ref}/rejection}: why an administrator rejects the proposed promotion. */
public record RejectionRequest(
        @NotBlank(message = "Dites pourquoi la promotion est rejetée")
        @Size(max = 2000, message = "Le motif compte au plus 2 000 caractères") String reason) {
}
