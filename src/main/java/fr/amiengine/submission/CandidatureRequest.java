package fr.amiengine.submission;

import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.MaturityLevel;
import fr.amiengine.submission.solution.SecurityQualification;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * The candidate's form. Every field may be empty while the file is a draft; what a submission needs is
 * checked at submission, field by field.
 */
public record CandidatureRequest(
        @Size(max = 40) String trackCode,
        @Size(max = 40) String familyCode,
        @Size(max = 200, message = "Le nom de la solution ne doit pas dépasser 200 caractères") String solutionName,
        @Size(max = 4000, message = "Le résumé ne doit pas dépasser 4 000 caractères") String summary,
        MaturityLevel maturityLevel,
        @Valid Integration integration,
        @Valid Compliance compliance,
        @Size(max = 4000, message = "Les références ne doivent pas dépasser 4 000 caractères") String publicReferences,
        @PositiveOrZero(message = "Le montant demandé ne peut pas être négatif") Long requestedAmountEuros,
        @Valid Contact contact) {

    /** Integration into existing information systems. */
    public record Integration(
            @Size(max = 2000, message = "La description des API ne doit pas dépasser 2 000 caractères") String apis,
            @Size(max = 2000, message = "La liste des standards ne doit pas dépasser 2 000 caractères") String standards,
            @Size(max = 500, message = "La fédération d’identité ne doit pas dépasser 500 caractères") String identityFederation,
            Set<@NotNull(message = "Mode de déploiement vide") DeploymentMode> deploymentModes) {
    }

    /** Declared compliance with security, data-protection and accessibility rules. */
    public record Compliance(
            Boolean gdprCompliant,
            HostingLocation hostingLocation,
            Set<@NotNull(message = "Qualification vide") SecurityQualification> securityQualifications,
            AccessibilityLevel accessibilityLevel) {
    }

    public record Contact(
            @Size(max = 200, message = "Le nom du contact ne doit pas dépasser 200 caractères") String name,
            @Email(message = "L’adresse électronique du contact n’est pas valide") @Size(max = 254) String email,
            @Pattern(regexp = "[+0-9 .()-]{6,30}", message = "Le numéro de téléphone du contact n’est pas valide") String phone,
            /** Whether the organisation agrees that this contact appears on the public panorama if the solution is retained. */
            Boolean publishOnPanorama) {

        public Contact(String name, String email, String phone) {
            this(name, email, phone, null);
        }
    }
}
