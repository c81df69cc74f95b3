package fr.amiengine.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French texts of the export links on the administrators' pages, read as {@code {exp:name}} in the templates.
 * Each link names its content, its format and its number of lines, so that it reads alone (RGAA 6.1).
 */
@MessageBundle(value = "exp", locale = "fr")
public interface ExportTexts {

    @Message("Exports")
    String title();

    @Message("Les tableaux de la campagne pour les administrateurs, en CSV (UTF-8, séparateur point-virgule) ou en XLSX. Les brouillons n’y figurent pas\u00a0: ni les candidatures non déposées, ni les évaluations non soumises.")
    String intro();

    @Message("Candidatures déposées — {format}, {count} {#if count > 1}dossiers{#else}dossier{/if}")
    String candidatures(String format, long count);

    @Message("Évaluations soumises et notes consolidées — {format}, {count} {#if count > 1}évaluations{#else}évaluation{/if}")
    String evaluations(String format, long count);

    @Message("Décisions du comité — {format}, {count} {#if count > 1}décisions{#else}décision{/if}")
    String decisions(String format, long count);

    @Message("Classeur de la campagne (candidatures, évaluations et décisions) — XLSX, 3 onglets")
    String workbook();
}
