package fr.amiengine.needs;

import fr.amiengine.identity.AdministrationType;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.SecurityQualification;
import java.time.Instant;
import java.util.List;

/** A need as its administration reads it, private notes included: only the members of that administration see it. */
public record NeedView(String reference, String organisationName, AdministrationType administrationType,
                       String ministry, String title, String mission, String context, NeedFamily family,
                       Integer usersCount, Long documentsPerYear, HostingLocation hostingRequired,
                       List<SecurityQualification> securityRequired, AccessibilityLevel accessibilityRequired,
                       List<DeploymentMode> deploymentModesAccepted, String identityFederationRequired,
                       NeedHorizon horizon, Long budgetMinEuros, Long budgetMaxEuros, String privateNotes,
                       NeedState state, Instant createdAt, Instant updatedAt, Instant closedAt, long version) {

    static NeedView of(Need n) {
        return new NeedView(n.reference, n.organisation.legalName, n.administrationType, n.ministry, n.title, n.mission,
                n.context, new NeedFamily(n.familyCode, n.familyLabel), n.usersCount, n.documentsPerYear, n.hostingRequired,
                n.securityRequired.stream().sorted().toList(), n.accessibilityRequired,
                n.deploymentModesAccepted.stream().sorted().toList(), n.identityFederationRequired, n.horizon,
                n.budgetMinEuros, n.budgetMaxEuros, n.privateNotes, n.state, n.createdAt, n.updatedAt, n.closedAt, n.version);
    }

    public boolean open() {
        return state == NeedState.OPEN;
    }
}
