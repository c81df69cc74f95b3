package fr.amiengine.submission.solution;

/** How a solution can be deployed in an administration. */
public enum DeploymentMode {
    SAAS("Logiciel en ligne (SaaS)"),
    PRIVATE_CLOUD("Nuage privé ou dédié"),
    ON_PREMISES("Installation dans le SI de l’administration"),
    HYBRID("Hybride");

    /** The French words shown to people. */
    public final String label;

    DeploymentMode(String label) {
        this.label = label;
    }
}
