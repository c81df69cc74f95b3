package fr.amiengine.correspondence;

import fr.amiengine.workflow.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Serves {@code Task_SendSubmissionReceipt} of {@code Process_Receipt}: the receipt of the submission is written, then sent by mail to the file's contact (once). */
@Dependent
@Named("sendSubmissionReceiptDelegate")
public class SendSubmissionReceiptDelegate implements JavaDelegate {

    @Inject
    LetterService letters;

    @Inject
    MailOutbox outbox;

    @Override
    public void execute(DelegateExecution execution) {
        String reference = (String) execution.getVariable(ProcessVariables.REFERENCE);
        letters.writeReceipt(reference);
        outbox.send(reference, DocumentKind.RECEIPT);
    }
}
