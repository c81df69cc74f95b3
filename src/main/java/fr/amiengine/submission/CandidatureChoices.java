package fr.amiengine.submission;

import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.MaturityLevel;
import fr.amiengine.submission.solution.SecurityQualification;
import fr.amiengine.web.Option;
import fr.amiengine.web.Options;
import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The fixed choices of the candidate's form, available to every template. */
@TemplateGlobal
public class CandidatureChoices {

    static final List<Option> maturityLevels = Options.of(MaturityLevel.values(), m -> m.label);
    static final List<Option> deploymentModes = Options.of(DeploymentMode.values(), m -> m.label);
    static final List<Option> hostingLocations = Options.of(HostingLocation.values(), h -> h.label);
    static final List<Option> securityQualifications = Options.of(SecurityQualification.values(), q -> q.label);
    static final List<Option> accessibilityLevels = Options.of(AccessibilityLevel.values(), a -> a.label);
    static final List<Option> yesNo = List.of(new Option("true", "Oui"), new Option("false", "Non"));
    static final List<Section> sections = List.of(Section.values());
    /** The steps the form's tabs show: each section, then « Relire et soumettre ». */
    static final int formSteps = Section.values().length + 1;
}
