package fr.amiengine.submission;

/** How a solution can be deployed in an administration. */
public enum DeploymentMode {
    SAAS,
    PRIVATE_CLOUD,
    ON_PREMISES,
    HYBRID
}
