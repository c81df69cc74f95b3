package fr.amiengine.correspondence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_SendDecisionLetter} of {@code Process_Candidature}: the decision letter is sent by mail to the file's contact, exactly once. */
@Dependent
@Named("sendDecisionLetterDelegate")
public class SendDecisionLetterDelegate implements JavaDelegate {

    @Inject
    MailOutbox outbox;

    @Override
    public void execute(DelegateExecution execution) {
        outbox.send(execution.getProcessBusinessKey(), DocumentKind.DECISION_LETTER);
    }
}
