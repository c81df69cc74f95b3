package fr.amiengine.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A buyer's request: the slot, the laureate (its reference on the panorama), optionally one of its needs, a message. */
public record MeetingRequest(
        @NotNull(message = "Choisissez un créneau") Long slotId,
        @NotBlank(message = "Choisissez la solution lauréate à rencontrer") String laureateReference,
        @Size(max = 20, message = "Référence de besoin invalide") String needReference,
        @Size(max = 2000, message = "Le message ne doit pas dépasser 2 000 caractères") String message) {
}
