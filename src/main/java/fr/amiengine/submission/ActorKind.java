package fr.amiengine.submission;

/**
 * Who made a step of a candidature's history. Candidates see the names of their own organisation's
 * accounts; the campaign's agents and the automatic steps appear under a role, not a login.
 */
public enum ActorKind {
    CANDIDATE("l’organisation candidate"),
    ADMINISTRATION("l’équipe de la campagne"),
    SYSTEM("traitement automatique");

    /** What candidates read instead of a login. */
    public final String publicName;

    ActorKind(String publicName) {
        this.publicName = publicName;
    }
}
