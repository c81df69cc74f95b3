package fr.amiengine.identity;

/**
 * The kind of public body an administration is, as the 2025 AMI's census names them (ministries, operators, local
 * authorities, shared platforms): the census of needs and the observatory of deployments count by it.
 */
public enum AdministrationType {
    MINISTRY("Administration centrale d’un ministère"),
    DECENTRALISED_SERVICE("Service déconcentré de l’État"),
    OPERATOR("Opérateur ou établissement public"),
    LOCAL_AUTHORITY("Collectivité territoriale"),
    SHARED_PLATFORM("Plateforme mutualisée"),
    OTHER("Autre organisme public");

    /** The French words shown to people. */
    public final String label;

    AdministrationType(String label) {
        this.label = label;
    }
}
