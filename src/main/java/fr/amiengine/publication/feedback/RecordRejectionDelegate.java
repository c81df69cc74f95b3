package fr.amiengine.publication.feedback;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_RecordRejection} of {@code Process_FeedbackModeration}: the rejected feedback is kept, never public. */
@Dependent
@Named("recordRejectionDelegate")
public class RecordRejectionDelegate implements JavaDelegate {

    @Inject
    FeedbackModerationService moderation;

    @Override
    public void execute(DelegateExecution execution) {
        moderation.recordRejection((Long) execution.getVariable(ProcessVariables.FEEDBACK_ID));
    }
}
