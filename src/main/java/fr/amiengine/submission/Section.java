package fr.amiengine.submission;

import fr.amiengine.shared.Enums;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The sections of the candidate's form, each saved on its own so that a long file is filled in several sittings. */
public enum Section {
    SOLUTION("solution", "La solution", List.of("trackCode", "familyCode", "solutionName", "summary", "maturityLevel",
            "requestedAmountEuros")),
    INTEGRATION("integration", "Intégration au système d’information", List.of("integration.apis", "integration.standards",
            "integration.identityFederation", "integration.deploymentModes")),
    COMPLIANCE("conformite", "Conformité", List.of("compliance.gdprCompliant", "compliance.hostingLocation",
            "compliance.securityQualifications", "compliance.accessibilityLevel")),
    CONTACT("contact", "Références et contact", List.of("publicReferences", "contact.name", "contact.email", "contact.phone", "contact.publishOnPanorama")),
    ATTACHMENTS("pieces", "Pièces jointes", List.of("file"));

    /** The section's part of the URL: {@code /candidatures/{ref}/modifier/solution}. */
    public final String slug;
    public final String title;
    /** The fields of the section, named like the API's JSON paths. */
    public final List<String> fields;

    Section(String slug, String title, List<String> fields) {
        this.slug = slug;
        this.title = title;
        this.fields = fields;
    }

    public static Optional<Section> ofSlug(String slug) {
        return Enums.byKey(values(), s -> s.slug, slug);
    }

    /** The section a field belongs to, to link an error to the page where it is fixed. */
    public static Section of(String field) {
        return Arrays.stream(values()).filter(s -> s.fields.contains(field)).findFirst().orElse(SOLUTION);
    }

    public Optional<Section> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public int number() {
        return ordinal() + 1;
    }
}
