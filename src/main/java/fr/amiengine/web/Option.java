package fr.amiengine.web;

/** One choice of a select, a radio group or a checkbox group. */
public record Option(String value, String label) {
}
