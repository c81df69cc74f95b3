package fr.amiengine.evaluation.assignment;

import fr.amiengine.identity.Actor;
import fr.amiengine.submission.Candidature;
import fr.amiengine.submission.FileReaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A member reads a file (its form and its PDFs) once it was released to them and their declaration is done. */
@ApplicationScoped
public class AssignedMembersRead implements FileReaders {

    @Inject
    AssignmentRepository assignments;

    @Override
    public boolean mayRead(Actor actor, Candidature candidature) {
        return actor.isEvaluator() && assignments.count("candidature.id = ?1 and evaluator.subject = ?2 and state = ?3 "
                + "and evaluator.declarationCompletedAt is not null", candidature.id, actor.subject(), AssignmentState.RELEASED) > 0;
    }
}
