package fr.amiengine.selection;

/**
 * Fired (synchronously, in the finalisation's transaction) when a campaign's decisions become final: the published
 * rules then add the composition of the committee ({@code publication.rules}).
 */
public record DecisionsFinalised(String code) {
}
