package fr.amiengine.correspondence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_WriteMinutes} of {@code Process_Campaign}: the committee's minutes are written once the decisions are final. */
@Dependent
@Named("writeMinutesDelegate")
public class WriteMinutesDelegate implements JavaDelegate {

    @Inject
    LetterService letters;

    @Override
    public void execute(DelegateExecution execution) {
        letters.writeMinutes(execution.getProcessBusinessKey());
    }
}
