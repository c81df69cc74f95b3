package fr.amiengine.needs;

import fr.amiengine.identity.AdministrationType;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * A need as its administration declares or edits it. The family must be one of the published panoramas' and the
 * budget's minimum at most its maximum ({@link NeedService}); {@code version} is the one the editor read, required to
 * edit (a stale one answers 409), ignored on a declaration.
 */
public record NeedRequest(
        @NotBlank(message = "Donnez un intitulé au besoin")
        @Size(max = 200, message = "L’intitulé ne doit pas dépasser 200 caractères") String title,
        @NotBlank(message = "Décrivez la mission de service public que la solution servirait")
        @Size(max = 1000, message = "La mission ne doit pas dépasser 1 000 caractères") String mission,
        @NotBlank(message = "Décrivez le contexte\u00a0: ce qui se fait aujourd’hui, par qui, ce qui doit changer")
        @Size(max = 4000, message = "Le contexte ne doit pas dépasser 4 000 caractères") String context,
        @NotBlank(message = "Choisissez la famille fonctionnelle")
        @Size(max = 40, message = "Le code de famille ne doit pas dépasser 40 caractères") String familyCode,
        @NotNull(message = "Choisissez le type d’administration") AdministrationType administrationType,
        @NotBlank(message = "Indiquez le ministère de rattachement")
        @Size(max = 200, message = "Le ministère ne doit pas dépasser 200 caractères") String ministry,
        @Min(value = 1, message = "Le nombre d’utilisateurs doit être au moins 1")
        @Max(value = 100_000_000, message = "Le nombre d’utilisateurs ne doit pas dépasser 100 millions") Integer usersCount,
        @Min(value = 0, message = "Le nombre de documents par an ne peut pas être négatif")
        @Max(value = 1_000_000_000_000L, message = "Le nombre de documents par an est trop grand") Long documentsPerYear,
        HostingLocation hostingRequired,
        Set<@NotNull(message = "Une qualification exigée est vide") SecurityQualification> securityRequired,
        AccessibilityLevel accessibilityRequired,
        Set<@NotNull(message = "Un mode de déploiement accepté est vide") DeploymentMode> deploymentModesAccepted,
        @Size(max = 200, message = "La fédération d’identité ne doit pas dépasser 200 caractères") String identityFederationRequired,
        @NotNull(message = "Choisissez l’horizon de déploiement") NeedHorizon horizon,
        @Min(value = 0, message = "Le budget minimal ne peut pas être négatif")
        @Max(value = 10_000_000_000L, message = "Le budget minimal est trop grand") Long budgetMinEuros,
        @Min(value = 0, message = "Le budget maximal ne peut pas être négatif")
        @Max(value = 10_000_000_000L, message = "Le budget maximal est trop grand") Long budgetMaxEuros,
        @Size(max = 4000, message = "Les notes ne doivent pas dépasser 4 000 caractères") String privateNotes,
        Long version) {
}
