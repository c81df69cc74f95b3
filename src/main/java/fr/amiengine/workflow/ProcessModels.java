package fr.amiengine.workflow;

import java.util.List;

/** The models of the top-level {@code bpmn/} folder, deployed at start; a test checks the list is complete. */
public final class ProcessModels {

    public static final List<String> RESOURCES = List.of(
            "bpmn/campaign.bpmn",
            "bpmn/candidature.bpmn",
            "bpmn/receipt.bpmn");

    private ProcessModels() {
    }
}
