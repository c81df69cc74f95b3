package fr.amiengine.correspondence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_WriteDecisionLetter} of {@code Process_Candidature}: the motivated decision letter is written from the final decision (PDF/A, tagged). */
@Dependent
@Named("writeDecisionLetterDelegate")
public class WriteDecisionLetterDelegate implements JavaDelegate {

    @Inject
    LetterService letters;

    @Override
    public void execute(DelegateExecution execution) {
        letters.writeDecisionLetter(execution.getProcessBusinessKey());
    }
}
