package fr.amiengine.submission;

import fr.amiengine.submission.CandidatureRequest.Compliance;
import fr.amiengine.submission.CandidatureRequest.Contact;
import fr.amiengine.submission.CandidatureRequest.Integration;
import fr.amiengine.submission.solution.AccessibilityLevel;
import fr.amiengine.submission.solution.DeploymentMode;
import fr.amiengine.submission.solution.HostingLocation;
import fr.amiengine.submission.solution.MaturityLevel;
import fr.amiengine.submission.solution.SecurityQualification;
import fr.amiengine.web.FormState;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The candidate's form, section by section: what a file holds as form fields, and back. A section's POST only
 * carries its own fields; the others are taken from the saved file, so that each save is a whole update.
 */
final class CandidatureForm {

    private CandidatureForm() {
    }

    static FormState of(CandidatureView c) {
        FormState form = new FormState()
                .set("trackCode", c.trackCode()).set("familyCode", c.familyCode())
                .set("solutionName", c.solutionName()).set("summary", c.summary()).set("maturityLevel", c.maturityLevel())
                .set("requestedAmountEuros", c.requestedAmountEuros())
                .set("integration.apis", c.integration().apis()).set("integration.standards", c.integration().standards())
                .set("integration.identityFederation", c.integration().identityFederation())
                .setAll("integration.deploymentModes", names(c.integration().deploymentModes()))
                .set("compliance.gdprCompliant", c.compliance().gdprCompliant())
                .set("compliance.hostingLocation", c.compliance().hostingLocation())
                .setAll("compliance.securityQualifications", names(c.compliance().securityQualifications()))
                .set("compliance.accessibilityLevel", c.compliance().accessibilityLevel())
                .set("publicReferences", c.publicReferences())
                .set("contact.name", c.contact().name()).set("contact.email", c.contact().email())
                .set("contact.phone", c.contact().phone())
                .set("contact.publishOnPanorama", c.contact().publishOnPanorama());
        return form;
    }

    /** Replaces the section's fields by what was typed; an unticked checkbox group arrives as nothing. */
    static void overlay(FormState form, Section section, MultivaluedMap<String, String> fields) {
        for (String field : section.fields) {
            List<String> typed = fields.get(field);
            form.setAll(field, typed == null ? List.of() : typed);
        }
    }

    static CandidatureRequest request(FormState form) {
        return new CandidatureRequest(
                text(form, "trackCode"), text(form, "familyCode"), text(form, "solutionName"), text(form, "summary"),
                one(form, "maturityLevel", MaturityLevel.class),
                new Integration(text(form, "integration.apis"), text(form, "integration.standards"),
                        text(form, "integration.identityFederation"),
                        many(form, "integration.deploymentModes", DeploymentMode.class)),
                new Compliance(bool(form, "compliance.gdprCompliant"), one(form, "compliance.hostingLocation", HostingLocation.class),
                        many(form, "compliance.securityQualifications", SecurityQualification.class),
                        one(form, "compliance.accessibilityLevel", AccessibilityLevel.class)),
                text(form, "publicReferences"), amount(form, "requestedAmountEuros"),
                new Contact(text(form, "contact.name"), text(form, "contact.email"), text(form, "contact.phone"),
                        bool(form, "contact.publishOnPanorama")));
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).toList();
    }

    private static String text(FormState form, String name) {
        String value = form.value(name);
        return value.isBlank() ? null : value.strip();
    }

    private static Boolean bool(FormState form, String name) {
        String value = form.value(name);
        return value.isBlank() ? null : Boolean.valueOf(value);
    }

    private static Long amount(FormState form, String name) {
        String raw = form.value(name).replaceAll("[\\s\\u00a0\\u202f€]", "");
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            form.error(name, "Indiquez un montant en euros, sans centimes, par exemple 250000");
            return null;
        }
    }

    private static <E extends Enum<E>> E one(FormState form, String name, Class<E> type) {
        String value = form.value(name);
        if (value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElseGet(() -> {
            form.error(name, "Choix inconnu");
            return null;
        });
    }

    private static <E extends Enum<E>> Set<E> many(FormState form, String name, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String value : form.values(name)) {
            Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                    .ifPresentOrElse(values::add, () -> form.error(name, "Choix inconnu"));
        }
        return values;
    }
}
