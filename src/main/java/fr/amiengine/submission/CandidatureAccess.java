package fr.amiengine.submission;

import fr.amiengine.identity.Actor;
import fr.amiengine.shared.AmiException;

/**
 * Who may read or change a candidature: its organisation's accounts; administrators read every file; the members a
 * file was given to read it.
 * <p>
 * A caller who may not read a file gets exactly the answer given for a reference that does not exist (404, same
 * French detail): a 403 would tell another organisation, or an evaluator, which references exist and so how many
 * files a campaign has received. A 403 is kept only for a caller who may read the file and so knows it exists,
 * such as an administrator trying to change it.
 */
final class CandidatureAccess {

    private CandidatureAccess() {
    }

    static boolean mayRead(Actor actor, Candidature candidature, Iterable<FileReaders> others) {
        if (actor.isAdmin() || actor.belongsTo(candidature.organisation.id)) {
            return true;
        }
        for (FileReaders readers : others) {
            if (readers.mayRead(actor, candidature)) {
                return true;
            }
        }
        return false;
    }

    static void ensureCanRead(Actor actor, Candidature candidature, Iterable<FileReaders> others) {
        if (!mayRead(actor, candidature, others)) {
            throw CandidatureRepository.unknown(candidature.reference);
        }
    }

    static void ensureCanChange(Actor actor, Candidature candidature, Iterable<FileReaders> others) {
        if (actor.belongsTo(candidature.organisation.id)) {
            return;
        }
        ensureCanRead(actor, candidature, others);
        throw AmiException.forbidden("Seule l’organisation candidate peut modifier sa candidature.");
    }
}
