package fr.amiengine.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the members of an organisation change after declaring it: its name, its SIREN (checked again as on the
 * declaration), its postal address and its contact. The kind (company or administration) stays as declared.
 */
public record OrganisationUpdate(
        @NotBlank(message = "Le SIREN est obligatoire") @ValidSiren String siren,
        @NotBlank(message = "La raison sociale est obligatoire")
        @Size(max = 200, message = "La raison sociale ne doit pas dépasser 200 caractères") String legalName,
        @Size(max = 500, message = "L’adresse postale ne doit pas dépasser 500 caractères") String postalAddress,
        @Email(message = "L’adresse électronique de contact n’est pas valide")
        @Size(max = 254, message = "L’adresse électronique de contact ne doit pas dépasser 254 caractères") String contactEmail,
        @Pattern(regexp = "[+0-9 .()-]{6,30}", message = "Le numéro de téléphone n’est pas valide (chiffres, espaces, +, points)")
        String contactPhone) {
}
