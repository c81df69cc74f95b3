package fr.amiengine.submission;

import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;

/** Who may read or change a candidature: its organisation's accounts; administrators read every file. */
final class CandidatureAccess {

    private CandidatureAccess() {
    }

    static void ensureCanRead(Actor actor, Candidature candidature, Iterable<FileReaders> others) {
        if (actor.isAdmin() || actor.belongsTo(candidature.organisation.id)) {
            return;
        }
        for (FileReaders readers : others) {
            if (readers.mayRead(actor, candidature)) {
                return;
            }
        }
        throw AmiException.forbidden(actor.isCandidate()
                ? "Cette candidature appartient à une autre organisation."
                : "Votre rôle ne vous donne pas accès à cette candidature.");
    }

    static void ensureCanChange(Actor actor, Candidature candidature) {
        if (actor.belongsTo(candidature.organisation.id)) {
            return;
        }
        throw AmiException.forbidden(actor.isCandidate()
                ? "Cette candidature appartient à une autre organisation."
                : "Seule l'organisation candidate peut modifier sa candidature.");
    }
}
