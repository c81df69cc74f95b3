package fr.amiengine.evaluation.scoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the scoring page, and of the scores where other pages show them, read as
 * {@code {scoring:name}} in the templates.
 */
@MessageBundle(value = "scoring", locale = "fr")
public interface ScoringTexts {

    @Message("Évaluation du dossier {reference}")
    String scoring_title(String reference);

    @Message("Échéance\u00a0: {date}")
    String scoring_due(String date);

    @Message("L’échéance est dépassée\u00a0: soumettez votre évaluation dès que possible.")
    String scoring_late();

    @Message("Évaluation soumise le {date}\u00a0: elle est verrouillée. L’administration peut la rouvrir si nécessaire.")
    String scoring_submitted(String date);

    @Message("Votre évaluation")
    String scoring_grid();

    @Message("Notez chaque critère dans son barème et justifiez chaque note. Vous pouvez enregistrer un brouillon et y revenir\u00a0; une fois soumise, l’évaluation est verrouillée.")
    String scoring_grid_intro();

    @Message("{label}")
    String scoring_criterion(String label);

    @Message("Barème\u00a0: de {min} à {max}, par pas de {step}.")
    String scoring_scale(String min, String max, String step);

    @Message("Note")
    String scoring_score();

    @Message("Justification")
    String scoring_justification();

    @Message("Enregistrer le brouillon")
    String scoring_save();

    @Message("Soumettre l’évaluation")
    String scoring_submit();

    @Message("Confirmer la soumission — {reference}")
    String confirm_title(String reference);

    @Message("Confirmer la soumission")
    String confirm_crumb();

    @Message("Une fois soumise, votre évaluation est verrouillée\u00a0: vous ne pourrez plus la modifier, seule l’administration peut la rouvrir. Vous verrez alors les évaluations des autres membres du dossier. Relisez-la avant de confirmer.")
    String confirm_warning();

    @Message("Votre évaluation du dossier {reference}, telle qu’elle sera soumise")
    String confirm_caption(String reference);

    @Message("Critère")
    String confirm_col_criterion();

    @Message("Note")
    String confirm_col_score();

    @Message("Justification")
    String confirm_col_justification();

    @Message("Confirmer et soumettre")
    String confirm_submit();

    @Message("Revenir à mon évaluation")
    String confirm_back();

    @Message("Note globale pondérée\u00a0: {total} sur 100")
    String scoring_total(String total);

    @Message("Évaluations des membres du dossier")
    String scoring_others();

    @Message("Notes soumises pour ce dossier")
    String scoring_others_caption();

    @Message("Membre")
    String scoring_col_member();

    @Message("Note globale")
    String scoring_col_total();

    @Message("Note normalisée")
    String scoring_col_normalised();

    @Message("Se déporter")
    String scoring_recuse();

    @Message("Si vous découvrez un lien avec cette organisation, déportez-vous\u00a0: le dossier est confié à un autre membre et le lien s’ajoute à votre déclaration.")
    String scoring_recuse_intro();

    @Message("Raison du déport")
    String scoring_recuse_reason();

    @Message("Me déporter de ce dossier")
    String scoring_recuse_button();

    @Message("Le dossier")
    String scoring_file();

    @Message("Pondération\u00a0: {weight}\u00a0% · seuil\u00a0: au moins {threshold} (en dessous, le dossier ne peut pas être retenu)")
    String scoring_weight_threshold(String weight, String threshold);

    @Message("Pondération\u00a0: {weight}\u00a0% · pas de seuil")
    String scoring_weight(String weight);

    @Message("Dossier suivant\u00a0: {reference}")
    String scoring_next(String reference);

    @Message("Dossier suivant à évaluer")
    String scoring_next_label();

    @Message("C’est votre dernier dossier à évaluer.")
    String scoring_no_next();

    @Message("Aller à la grille d’évaluation")
    String scoring_go_to_grid();
}
