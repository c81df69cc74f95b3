package fr.amiengine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/** The boundaries of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.amiengine");

    @Test
    void onlyTheWorkflowPackageAndDelegatesTouchTheEngine() {
        noClasses()
                .that().resideOutsideOfPackage("fr.amiengine.workflow..")
                .and().haveSimpleNameNotEndingWith("Delegate")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("the features reach the process engine through WorkflowService only")
                .check(CLASSES);
    }

    @Test
    void productionCodeHoldsNoDemo() {
        noClasses()
                .should().resideInAPackage("fr.amiengine.demo..")
                .because("the demo's seeder lives in src/demo/java, compiled into the demo build only")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void documentsStandAloneOnPdfBox() {
        classes()
                .that().resideInAPackage("fr.amiengine.documents..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("fr.amiengine.documents..", "java..", "org.apache.pdfbox..", "org.apache.fontbox..")
                .because("the PDF documents are rendered, tested and benchmarked without the application")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoDependencyCycle() {
        slices().matching("fr.amiengine.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * The evaluation runs in steps, each in its own package: the committee, then the assignment of its members to the
     * files, then their scoring, then the consolidation of the scores. A step uses the steps before it, never one
     * after it (where it must, as when a declaration withdraws a member from their files, it declares an interface
     * that the later step implements); the package {@code evaluation} itself, which launches the stage and shows a
     * member their home, may use them all.
     */
    @Test
    void evaluationStepsUseOnlyTheStepsBeforeThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Stage").definedBy("fr.amiengine.evaluation")
                .layer("Committee").definedBy("fr.amiengine.evaluation.committee..")
                .layer("Assignment").definedBy("fr.amiengine.evaluation.assignment..")
                .layer("Scoring").definedBy("fr.amiengine.evaluation.scoring..")
                .layer("Consolidation").definedBy("fr.amiengine.evaluation.consolidation..")
                .whereLayer("Stage").mayNotBeAccessedByAnyLayer()
                .whereLayer("Consolidation").mayOnlyBeAccessedByLayers("Stage")
                .whereLayer("Scoring").mayOnlyBeAccessedByLayers("Consolidation", "Stage")
                .whereLayer("Assignment").mayOnlyBeAccessedByLayers("Scoring", "Consolidation", "Stage")
                .whereLayer("Committee").mayOnlyBeAccessedByLayers("Assignment", "Scoring", "Consolidation", "Stage")
                .because("a new engineer reads the evaluation in the order it runs, and a step changes without the ones before it")
                .check(CLASSES);
    }

    @Test
    void evaluationStepsHaveNoDependencyCycle() {
        slices().matching("fr.amiengine.evaluation.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * A candidature's solution sheet and its choices are plain values, shared with the panorama's working entry: they
     * know nothing of the candidature, its attachments or anything else of the application.
     */
    @Test
    void solutionSheetStandsAlone() {
        noClasses()
                .that().resideInAPackage("fr.amiengine.submission.solution..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("fr.amiengine..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("fr.amiengine.submission.solution..")))
                .because("the same solution columns are embedded in Candidature and in PanoramaEntry")
                .check(CLASSES);
    }

    /**
     * The public side of the panorama reads what was published (the frozen documents, their history, the feedbacks);
     * it never queries the working entries that the administrators edit before a publication, nor their audit. (It
     * reads the reference of the entry a feedback is about, and writes a feedback through {@code PanoramaEntryService}.)
     */
    @Test
    void publicPanoramaNeverQueriesTheWorkingEntries() {
        noClasses()
                .that().resideInAPackage("fr.amiengine.publication.panorama..")
                .should().dependOnClassesThat().haveFullyQualifiedName("fr.amiengine.publication.PanoramaEntryRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("fr.amiengine.publication.PanoramaChange")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("fr.amiengine.publication.PanoramaChangeRepository")
                .because("a visitor sees the panorama as it was published, whatever an administrator is editing")
                .check(CLASSES);
    }

    @Test
    void feedbacksKnowNothingOfThePublicPages() {
        noClasses()
                .that().resideInAPackage("fr.amiengine.publication.feedback..")
                .should().dependOnClassesThat().resideInAPackage("fr.amiengine.publication.panorama..")
                .because("a feedback is written through the publishing's PanoramaEntryService and shown by the public side")
                .check(CLASSES);
    }

    @Test
    void submissionAndPublicationPartsHaveNoDependencyCycle() {
        slices().matching("fr.amiengine.submission.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching("fr.amiengine.publication.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void resourcesNeverReturnEntities() {
        methods()
                .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Resource")
                .and().arePublic()
                .should(new ArchCondition<JavaMethod>("return a view, never an entity") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean entity = method.getReturnType().getAllInvolvedRawTypes().stream()
                                .anyMatch(type -> type.isAnnotatedWith(Entity.class));
                        events.add(new SimpleConditionEvent(method, !entity, method.getFullName() + " renvoie une entité"));
                    }
                })
                .check(CLASSES);
    }

    @Test
    void entitiesAreReadAndWrittenThroughTheirRepositoriesOnly() {
        noClasses()
                .should().beAssignableTo(PanacheEntityBase.class)
                .because("one persistence style (docs/adr/0006): no active record, every query in a repository")
                .check(CLASSES);
        classes()
                .that().implement(PanacheRepository.class)
                .should().haveSimpleNameEndingWith("Repository")
                .andShould().beAnnotatedWith(ApplicationScoped.class)
                .check(CLASSES);
    }
}
