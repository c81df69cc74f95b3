package fr.amiengine.meetings;

import jakarta.validation.constraints.Size;

/** Why the laureate declines a meeting, if it says: the buyer reads it. */
public record DeclineRequest(@Size(max = 1000, message = "La raison ne doit pas dépasser 1 000 caractères") String reason) {
}
