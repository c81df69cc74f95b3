package fr.amiengine.evaluation.scoring;

import fr.amiengine.web.FormState;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The scoring form: one score and one justification per criterion, named like the API ({@code scores[0].score}). */
final class ScoringForm {

    private ScoringForm() {
    }

    static FormState of(EvaluationView evaluation) {
        FormState form = new FormState();
        for (int i = 0; i < evaluation.scores().size(); i++) {
            EvaluationView.ScoreView s = evaluation.scores().get(i);
            form.set("scores[" + i + "].score", s.score() == null ? null : s.score().stripTrailingZeros().toPlainString())
                    .set("scores[" + i + "].justification", s.justification());
        }
        return form.set("rows.scores", evaluation.scores().size());
    }

    static FormState typed(MultivaluedMap<String, String> fields, EvaluationView evaluation) {
        FormState form = new FormState();
        for (int i = 0; i < evaluation.scores().size(); i++) {
            form.set("scores[" + i + "].score", fields.getFirst("scores[" + i + "].score"))
                    .set("scores[" + i + "].justification", fields.getFirst("scores[" + i + "].justification"));
        }
        return form.set("rows.scores", evaluation.scores().size());
    }

    static ScoringRequests.Scores request(FormState form, EvaluationView evaluation) {
        List<ScoringRequests.Score> scores = new ArrayList<>();
        for (int i = 0; i < evaluation.scores().size(); i++) {
            String raw = form.value("scores[" + i + "].score").replace(',', '.').strip();
            BigDecimal score = null;
            if (!raw.isEmpty()) {
                try {
                    score = new BigDecimal(raw);
                } catch (NumberFormatException e) {
                    form.error("scores[" + i + "].score", "Choisissez une note dans le barème");
                }
            }
            String justification = form.value("scores[" + i + "].justification");
            scores.add(new ScoringRequests.Score(evaluation.scores().get(i).criterion(), score,
                    justification.isBlank() ? null : justification));
        }
        return new ScoringRequests.Scores(scores);
    }
}
