package fr.amiengine.publication.feedback;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_PublishFeedback} of {@code Process_FeedbackModeration}: the approved feedback becomes public. */
@Dependent
@Named("publishFeedbackDelegate")
public class PublishFeedbackDelegate implements JavaDelegate {

    @Inject
    FeedbackModerationService moderation;

    @Override
    public void execute(DelegateExecution execution) {
        moderation.publish((Long) execution.getVariable(ProcessVariables.FEEDBACK_ID));
    }
}
