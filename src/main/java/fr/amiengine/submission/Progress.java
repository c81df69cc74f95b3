package fr.amiengine.submission;

import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** The four stages a file goes through, as the candidate's page shows them: {@code {candidature.progress}}. */
@TemplateExtension
public class Progress {

    /** One stage: done, current or to come, with the word for screen readers. */
    public record Step(String label, String status, String statusLabel) {
    }

    /** The section of the form where a missing field is filled: {@code {m.field.section.slug}}. */
    static Section section(String field) {
        return Section.of(field);
    }

    static List<Step> progress(CandidatureView candidature) {
        int current = switch (candidature.state()) {
            case DRAFT -> 0;
            case SUBMITTED, CORRECTION_REQUESTED -> 1;
            case ADMISSIBLE, UNDER_REVIEW, REVIEWED -> 2;
            case RETAINED, NOT_RETAINED, WAITLISTED, INADMISSIBLE, WITHDRAWN -> 4;
        };
        List<String> labels = List.of("Dépôt", "Recevabilité", "Évaluation par le comité", "Décision");
        return java.util.stream.IntStream.range(0, labels.size()).mapToObj(i -> i < current
                ? new Step(labels.get(i), "fait", "terminé")
                : i == current ? new Step(labels.get(i), "encours", "en cours") : new Step(labels.get(i), "", "à venir"))
                .toList();
    }
}
