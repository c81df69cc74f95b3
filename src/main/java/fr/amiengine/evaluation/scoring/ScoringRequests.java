package fr.amiengine.evaluation.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What an evaluator or an administrator sends about an evaluation. */
public final class ScoringRequests {

    private ScoringRequests() {
    }

    /** The scores of a draft; a criterion may stay empty until the submission. */
    public record Scores(@NotEmpty(message = "Indiquez au moins une note") @Valid List<@NotNull Score> scores) {
    }

    public record Score(
            @NotBlank(message = "Le critère est obligatoire\u00a0: impact, maturité, intégration ou conformité") String criterion,
            BigDecimal score,
            @Size(max = 4000, message = "La justification ne doit pas dépasser 4 000 caractères") String justification) {
    }

    /** An administrator reopens a submitted evaluation. */
    public record Reopening(@NotBlank(message = "Indiquez pourquoi l’évaluation est rouverte") @Size(max = 2000) String reason) {
    }

    /** The joint note of a pair that disagreed, with the minority's view. */
    public record ConsensusNote(
            @NotBlank(message = "La note commune est obligatoire") @Size(max = 4000) String note,
            @Size(max = 4000, message = "L’avis minoritaire ne doit pas dépasser 4 000 caractères") String minorityView) {
    }
}
