package fr.amiengine.needs;

/** A functional family of the published panoramas, which a need names: its code and its French label. */
public record NeedFamily(String code, String label) {
}
