package fr.amiengine.workshops;

import java.time.Instant;

/** A registrant, as administrators see them (never shown to other laureates). */
public record RegistrationView(String username, String email, String organisation, Instant registeredAt, String registeredLabel) {
}
