package fr.amiengine.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The organisation a candidate declares on first use. */
public record OrganisationRequest(
        @NotBlank(message = "Le SIREN est obligatoire") @ValidSiren String siren,
        @NotBlank(message = "La raison sociale est obligatoire")
        @Size(max = 200, message = "La raison sociale ne doit pas dépasser 200 caractères") String legalName,
        @NotNull(message = "Le type d’organisation est obligatoire\u00a0: entreprise, ou administration ou établissement public") OrganisationKind kind) {
}
