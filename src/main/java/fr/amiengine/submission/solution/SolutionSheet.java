package fr.amiengine.submission.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.Set;

/**
 * The description of a solution and its contact, as the candidate declares them in a file and as the panorama shows
 * them: embedded in {@link fr.amiengine.submission.Candidature} and in the panorama's working entry, with the same column names in both
 * tables. A set column is never null, so that Hibernate always reads the sheet back, even empty.
 */
@Embeddable
public class SolutionSheet {

    @Column(length = 4000)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "maturity_level", length = 20)
    public MaturityLevel maturityLevel;

    // Integration into existing information systems
    @Column(length = 2000)
    public String apis;

    @Column(length = 2000)
    public String standards;

    @Column(name = "identity_federation", length = 500)
    public String identityFederation;

    @Convert(converter = EnumSetConverter.DeploymentModes.class)
    @Column(name = "deployment_modes", nullable = false, length = 200)
    public Set<DeploymentMode> deploymentModes = EnumSet.noneOf(DeploymentMode.class);

    // Compliance declarations
    @Column(name = "gdpr_compliant")
    public Boolean gdprCompliant;

    @Enumerated(EnumType.STRING)
    @Column(name = "hosting_location", length = 30)
    public HostingLocation hostingLocation;

    @Convert(converter = EnumSetConverter.SecurityQualifications.class)
    @Column(name = "security_qualifications", nullable = false, length = 200)
    public Set<SecurityQualification> securityQualifications = EnumSet.noneOf(SecurityQualification.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "accessibility_level", length = 30)
    public AccessibilityLevel accessibilityLevel;

    @Column(name = "public_references", length = 4000)
    public String publicReferences;

    @Column(name = "contact_name", length = 200)
    public String contactName;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Column(name = "contact_phone", length = 30)
    public String contactPhone;

    /** A copy of the sheet, with its contact or without it (the panorama shows a contact only with consent). */
    public SolutionSheet copy(boolean withContact) {
        SolutionSheet copy = new SolutionSheet();
        copy.summary = summary;
        copy.maturityLevel = maturityLevel;
        copy.apis = apis;
        copy.standards = standards;
        copy.identityFederation = identityFederation;
        copy.deploymentModes = EnumSet.noneOf(DeploymentMode.class);
        copy.deploymentModes.addAll(deploymentModes);
        copy.gdprCompliant = gdprCompliant;
        copy.hostingLocation = hostingLocation;
        copy.securityQualifications = EnumSet.noneOf(SecurityQualification.class);
        copy.securityQualifications.addAll(securityQualifications);
        copy.accessibilityLevel = accessibilityLevel;
        copy.publicReferences = publicReferences;
        if (withContact) {
            copy.contactName = contactName;
            copy.contactEmail = contactEmail;
            copy.contactPhone = contactPhone;
        }
        return copy;
    }
}
