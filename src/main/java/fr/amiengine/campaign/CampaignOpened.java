package fr.amiengine.campaign;

/**
 * Fired (synchronously, in the opening's transaction) when a campaign opens and its grid is frozen: the features that
 * publish something at that instant (the rules of the selection, {@code publication.rules}) observe it, so that the
 * campaign knows nothing of them.
 */
public record CampaignOpened(String code) {
}
