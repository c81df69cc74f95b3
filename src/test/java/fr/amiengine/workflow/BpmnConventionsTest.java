package fr.amiengine.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.identity.Roles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The house rules for every model of {@code bpmn/}: read like prose, drawn, and wired to one delegate per task. */
class BpmnConventionsTest {

    private static final Path MODELS = Path.of("bpmn");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern READABLE_ID = Pattern.compile(
            "(Definitions|Process|Task|Gateway|Flow|Start|End|Event|Timer|Msg|SubProcess|MessageDefinition"
                    + "|TimerDefinition)_[A-Z][A-Za-z]+");
    private static final Pattern DELEGATE = Pattern.compile("\\$\\{([a-z][A-Za-z]+Delegate)}");

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @Test
    void deploysEveryModelOfTheFolder() throws IOException {
        assertThat(models().map(p -> "bpmn/" + p.getFileName())).containsExactlyInAnyOrderElementsOf(ProcessModels.RESOURCES);
    }

    @ParameterizedTest
    @MethodSource("models")
    void usesReadableIdsOnly(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> unreadable = new ArrayList<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getId();
            if (id != null && !READABLE_ID.matcher(id).matches()) {
                unreadable.add(id);
            }
        }
        assertThat(unreadable).as("identifiants générés ou illisibles dans " + file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void namesTheDiagramAfterTheElementItDraws(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        List<String> misnamed = new ArrayList<>();
        model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> !s.getId().equals(s.getBpmnElement().getId() + "_di")).forEach(s -> misnamed.add(s.getId()));
        model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> !e.getId().equals(e.getBpmnElement().getId() + "_di")).forEach(e -> misnamed.add(e.getId()));
        assertThat(misnamed).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("models")
    void keepsHistoryForALimitedTime(Path file) {
        Collection<Process> processes = Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class);
        assertThat(processes).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isExecutable()).isTrue();
            assertThat(p.getCamundaHistoryTimeToLiveString()).as(p.getId()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("models")
    void wiresEachServiceTaskToItsOwnDelegateExpression(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as(task.getId() + "\u00a0: pas de classe Java").isNull();
            assertThat(task.getCamundaExpression()).as(task.getId() + "\u00a0: pas d’expression de méthode").isNull();
            Matcher delegate = DELEGATE.matcher(String.valueOf(task.getCamundaDelegateExpression()));
            assertThat(delegate.matches()).as(task.getId() + " doit utiliser ${unDelegate}").isTrue();
            String expected = task.getId().substring("Task_".length()) + "Delegate";
            assertThat(delegate.group(1)).isEqualTo(Character.toLowerCase(expected.charAt(0)) + expected.substring(1));
            assertThat(delegateSource(expected)).as("classe " + expected).isPresent();
            assertThat(Files.readString(delegateSource(expected).get()))
                    .contains("@Named(\"" + delegate.group(1) + "\")")
                    .contains("{@code " + task.getId() + "}");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void offersUserTasksToARealmRoleOrToNamedPeople(Path file) {
        Set<String> roles = Set.of(Roles.CANDIDATE, Roles.EVALUATOR, Roles.ADMIN);
        for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
            if (task.getCamundaCandidateGroups() != null) {
                assertThat(roles).as(task.getId()).contains(task.getCamundaCandidateGroups());
            } else {
                String people = task.getCamundaAssignee() != null ? task.getCamundaAssignee() : task.getCamundaCandidateUsers();
                assertThat(people).as(task.getId() + "\u00a0: groupe, responsable ou candidats").matches("\\$\\{[a-z][A-Za-z]+}");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void namesAndDrawsEveryElement(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> drawn = new java.util.HashSet<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getName()).as("nom de " + node.getId()).isNotBlank();
            assertThat(drawn).as("forme de " + node.getId()).contains(node.getId());
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(drawn).as("tracé de " + flow.getId()).contains(flow.getId());
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void guardsEveryBranchOfADecision(Path file) {
        for (ExclusiveGateway gateway : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() > 1) {
                assertThat(gateway.getOutgoing()).as(gateway.getId())
                        .allSatisfy(flow -> assertThat(flow.getConditionExpression()).as(flow.getId()).isNotNull());
            }
        }
    }

    private static java.util.Optional<Path> delegateSource(String className) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals(className + ".java")).findFirst();
        }
    }
}
