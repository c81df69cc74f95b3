package fr.amiengine.submission;

import fr.amiengine.shared.AmiException;
import fr.amiengine.shared.FieldError;
import fr.amiengine.submission.CandidatureRequest.Compliance;
import fr.amiengine.submission.CandidatureRequest.Contact;
import fr.amiengine.submission.CandidatureRequest.Integration;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.SecurityQualification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The rules of a candidature's content, apart from its lifecycle ({@link CandidatureService}): how a request fills
 * the form's fields (unknown tracks and families refused), and what a submission needs, field by field, in French.
 */
final class CandidatureContent {

    private CandidatureContent() {
    }

    static void apply(Candidature c, CandidatureRequest request) {
        CandidatureRequest r = request != null ? request
                : new CandidatureRequest(null, null, null, null, null, null, null, null, null, null);
        List<FieldError> errors = new ArrayList<>();
        c.track = r.trackCode() == null ? null : c.campaign.track(r.trackCode()).orElseGet(() -> {
            errors.add(new FieldError("trackCode", "Le volet «\u00a0" + r.trackCode() + "\u00a0» n’existe pas dans cette campagne"));
            return null;
        });
        c.family = r.familyCode() == null ? null : c.campaign.family(r.familyCode()).orElseGet(() -> {
            errors.add(new FieldError("familyCode", "La famille «\u00a0" + r.familyCode() + "\u00a0» n’existe pas dans cette campagne"));
            return null;
        });
        if (!errors.isEmpty()) {
            throw AmiException.invalid(errors.get(0).message(), errors);
        }
        c.solutionName = trim(r.solutionName());
        c.solution.summary = trim(r.summary());
        c.solution.maturityLevel = r.maturityLevel();
        Integration integration = Objects.requireNonNullElse(r.integration(), new Integration(null, null, null, null));
        c.solution.apis = trim(integration.apis());
        c.solution.standards = trim(integration.standards());
        c.solution.identityFederation = trim(integration.identityFederation());
        c.solution.deploymentModes = integration.deploymentModes() == null || integration.deploymentModes().isEmpty()
                ? EnumSet.noneOf(DeploymentMode.class) : EnumSet.copyOf(integration.deploymentModes());
        Compliance compliance = Objects.requireNonNullElse(r.compliance(), new Compliance(null, null, null, null));
        c.solution.gdprCompliant = compliance.gdprCompliant();
        c.solution.hostingLocation = compliance.hostingLocation();
        c.solution.securityQualifications = compliance.securityQualifications() == null || compliance.securityQualifications().isEmpty()
                ? EnumSet.noneOf(SecurityQualification.class) : EnumSet.copyOf(compliance.securityQualifications());
        c.solution.accessibilityLevel = compliance.accessibilityLevel();
        c.solution.publicReferences = trim(r.publicReferences());
        c.requestedAmountEuros = r.requestedAmountEuros();
        Contact contact = Objects.requireNonNullElse(r.contact(), new Contact(null, null, null));
        c.solution.contactName = trim(contact.name());
        c.solution.contactEmail = trim(contact.email());
        c.solution.contactPhone = trim(contact.phone());
        c.contactPublic = Boolean.TRUE.equals(contact.publishOnPanorama());
    }

    /** What a submission needs, field by field, in French. */
    static List<FieldError> missingForSubmission(Candidature c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.track == null) {
            errors.add(new FieldError("trackCode", "Choisissez un volet"));
        }
        if (c.family == null) {
            errors.add(new FieldError("familyCode", "Choisissez une famille fonctionnelle"));
        }
        if (c.solutionName == null) {
            errors.add(new FieldError("solutionName", "Le nom de la solution est obligatoire"));
        }
        if (c.solution.summary == null) {
            errors.add(new FieldError("summary", "Le résumé de la solution est obligatoire"));
        }
        if (c.solution.maturityLevel == null) {
            errors.add(new FieldError("maturityLevel", "Indiquez le niveau de maturité de la solution"));
        }
        if (c.solution.deploymentModes.isEmpty()) {
            errors.add(new FieldError("integration.deploymentModes", "Indiquez au moins un mode de déploiement"));
        }
        if (c.solution.gdprCompliant == null) {
            errors.add(new FieldError("compliance.gdprCompliant", "Déclarez si la solution est conforme au RGPD"));
        }
        if (c.solution.hostingLocation == null) {
            errors.add(new FieldError("compliance.hostingLocation", "Indiquez où les données sont hébergées"));
        }
        if (c.solution.accessibilityLevel == null) {
            errors.add(new FieldError("compliance.accessibilityLevel", "Indiquez le niveau de conformité au RGAA"));
        }
        if (c.solution.contactName == null) {
            errors.add(new FieldError("contact.name", "Le nom du contact est obligatoire"));
        }
        if (c.solution.contactEmail == null) {
            errors.add(new FieldError("contact.email", "L’adresse électronique du contact est obligatoire"));
        }
        if (c.track != null && c.track.hasBudget()) {
            if (c.requestedAmountEuros == null) {
                errors.add(new FieldError("requestedAmountEuros", "Indiquez le montant demandé pour ce volet"));
            } else if (c.requestedAmountEuros > c.track.budgetEuros) {
                errors.add(new FieldError("requestedAmountEuros", "Le montant demandé dépasse le budget du volet ("
                        + c.track.budgetEuros + " €)"));
            }
        } else if (c.track != null && c.requestedAmountEuros != null) {
            errors.add(new FieldError("requestedAmountEuros", "Ce volet n’a pas de budget\u00a0: ne demandez pas de montant"));
        }
        return errors;
    }

    /** Refuses a submission while something is missing (the list of {@link #missingForSubmission} and more). */
    static void ensureComplete(List<FieldError> missing) {
        if (!missing.isEmpty()) {
            throw AmiException.invalid("La candidature est incomplète\u00a0: " + missing.size()
                    + (missing.size() == 1 ? " information est à compléter." : " informations sont à compléter."), missing);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
