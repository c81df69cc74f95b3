package fr.amiengine.workshops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a session is cancelled: the registrants read it in their notice. */
public record WorkshopCancellation(
        @NotBlank(message = "Indiquez la raison de l’annulation, que les inscrits liront")
        @Size(max = 1000, message = "La raison ne doit pas dépasser 1 000 caractères") String reason) {
}
