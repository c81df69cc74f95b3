package fr.amiengine.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;

/** The models of the top-level {@code bpmn/} folder, deployed at start; a test checks the list is complete. */
public final class ProcessModels {

    public static final List<String> RESOURCES = List.of(
            "bpmn/campaign.bpmn",
            "bpmn/candidature.bpmn",
            "bpmn/receipt.bpmn",
            "bpmn/assignment-calculation.bpmn",
            "bpmn/selection-calculation.bpmn",
            "bpmn/personal-data-retention.bpmn",
            "bpmn/feedback-moderation.bpmn",
            "bpmn/meeting-request.bpmn",
            "bpmn/waitlist-promotion.bpmn",
            "bpmn/workshop-reminder.bpmn");

    private ProcessModels() {
    }

    /** The keys of the executable processes these models define, read from the models on the classpath. */
    public static Set<String> executableProcessKeys() {
        Set<String> keys = new LinkedHashSet<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String resource : RESOURCES) {
            try (InputStream model = loader.getResourceAsStream(resource)) {
                if (model == null) {
                    throw new IllegalStateException("Modèle BPMN absent du classpath\u00a0: " + resource);
                }
                for (Process process : Bpmn.readModelFromStream(model).getModelElementsByType(Process.class)) {
                    if (process.isExecutable()) {
                        keys.add(process.getId());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableSet(keys);
    }
}
