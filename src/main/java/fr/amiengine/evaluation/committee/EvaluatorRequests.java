package fr.amiengine.evaluation.committee;

import fr.amiengine.identity.ValidSiren;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What administrators and evaluators send about committee members. */
public final class EvaluatorRequests {

    private EvaluatorRequests() {
    }

    /** An administrator invites a member: found in Keycloak by e-mail, or created there. */
    public record Invitation(
            @NotBlank(message = "L’adresse électronique est obligatoire")
            @Email(message = "L’adresse électronique n’est pas valide") @Size(max = 254) String email,
            @NotBlank(message = "Le prénom est obligatoire") @Size(max = 100) String firstName,
            @NotBlank(message = "Le nom est obligatoire") @Size(max = 100) String lastName,
            @NotBlank(message = "L’administration d’origine est obligatoire") @Size(max = 200) String administration,
            List<@NotBlank String> families,
            @Min(value = 1, message = "Le plafond est d’au moins un dossier") Integer maxFiles) {
    }

    /** A member declares the organisations whose files they may not see; {@code complete} closes the declaration. */
    public record Declaration(@Valid List<@NotNull Link> links, boolean complete) {
    }

    public record Link(
            @NotBlank(message = "Le SIREN est obligatoire") @ValidSiren String siren,
            @NotNull(message = "Le type de lien est obligatoire\u00a0: mon organisation, ou lien d’intérêt") ConflictKind kind,
            @Size(max = 1000, message = "La précision ne doit pas dépasser 1 000 caractères") String note) {
    }

    /** A member recuses themselves from a file they were given. */
    public record Recusal(@NotBlank(message = "Indiquez la raison du déport") @Size(max = 2000) String reason) {
    }
}
