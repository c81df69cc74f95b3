package fr.amiengine.workflow;

/**
 * Fired once the engine has started and the models are deployed: the moment at which a feature may start or inspect
 * processes at start-up (a timer a campaign lacks, say), without touching the engine's own start event.
 */
public record ProcessModelsDeployed(String deploymentId) {
}
