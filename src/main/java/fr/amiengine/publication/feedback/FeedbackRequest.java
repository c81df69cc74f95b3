package fr.amiengine.publication.feedback;

import fr.amiengine.identity.AdministrationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A deployment feedback: when the solution was deployed, in what context, how it went, and the kind of public body the
 * administration is ({@link AdministrationType#OTHER} when not given).
 */
public record FeedbackRequest(
        @NotNull(message = "La date de déploiement est obligatoire") LocalDate deployedOn,
        @NotBlank(message = "Décrivez le contexte du déploiement (service, usagers, périmètre)")
        @Size(max = 2000, message = "Le contexte ne doit pas dépasser 2 000 caractères") String context,
        @NotNull(message = "Le résultat est obligatoire") FeedbackOutcome outcome,
        @Size(max = 4000, message = "Le commentaire ne doit pas dépasser 4 000 caractères") String comment,
        AdministrationType administrationType) {
}
