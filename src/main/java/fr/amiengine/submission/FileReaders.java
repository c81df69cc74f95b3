package fr.amiengine.submission;

import fr.amiengine.identity.Actor;

/**
 * Who else may read a file than its organisation and the administrators: the evaluation feature answers for
 * the members a file was given to. Declared here so that submission does not depend on evaluation.
 */
public interface FileReaders {

    boolean mayRead(Actor actor, Candidature candidature);
}
