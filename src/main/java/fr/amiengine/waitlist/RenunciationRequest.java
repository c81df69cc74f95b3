package fr.amiengine.waitlist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/candidatures/{ref}/renunciation}: why the laureate renounces its selection. */
public record RenunciationRequest(
        @NotBlank(message = "Dites pourquoi vous renoncez à la sélection")
        @Size(max = 2000, message = "Le motif compte au plus 2 000 caractères") String reason) {
}
