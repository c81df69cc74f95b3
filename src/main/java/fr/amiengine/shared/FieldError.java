package fr.amiengine.shared;

/** One invalid field of a request, with a French message a person can act on. */
public record FieldError(String field, String message) {
}
