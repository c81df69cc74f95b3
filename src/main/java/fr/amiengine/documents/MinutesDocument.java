package fr.amiengine.documents;

import fr.amiengine.documents.AccessiblePdf.Column;
import fr.amiengine.documents.MinutesData.RankingLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * « Procès-verbal du comité de sélection »: the members present, the grid, the tie rules, the ranking of each
 * track, the decisions with their motivations and the four-eyes approval. PDF/A-2b and PDF/UA-1
 * ({@link AccessiblePdf}); the ranking tables run over as many pages as needed, their header repeated.
 */
public final class MinutesDocument {

    private static final List<Column> GRID = List.of(
            Column.left("Critère", 0.52f),
            Column.right("Pondération", 0.16f),
            Column.right("Échelle", 0.16f),
            Column.right("Seuil", 0.16f));

    private static final List<Column> RANKING = List.of(
            Column.right("Rang", 0.065f),
            Column.left("Référence", 0.185f),
            Column.left("Organisation", 0.185f),
            Column.left("Solution", 0.215f),
            Column.right("Note", 0.065f),
            Column.left("Éligible", 0.09f),
            Column.left("Proposé", 0.095f),
            Column.left("Décision", 0.10f));

    private static final List<Column> DECISIONS = List.of(
            Column.left("Référence", 0.185f),
            Column.left("Organisation", 0.185f),
            Column.left("Décision", 0.13f),
            Column.left("Motivation", 0.50f));

    private static final List<Column> LEDGERS = List.of(
            Column.left("Registre", 0.24f),
            Column.right("Lignes", 0.10f),
            Column.left("Dernière empreinte (SHA-256)", 0.66f));

    private MinutesDocument() {
    }

    public static byte[] render(MinutesData data) {
        try (AccessiblePdf pdf = new AccessiblePdf(
                "Procès-verbal du comité de sélection — " + data.campaignCode(),
                "Procès-verbal de la séance du comité de sélection de l’appel " + data.campaignCode() + " du "
                        + data.sessionDate(),
                "Procès-verbal — " + data.campaignCode())) {
            pdf.paragraph("Appel à manifestation d’intérêt " + data.campaignCode() + " — " + data.campaignTitle());
            pdf.title("Procès-verbal du comité de sélection");
            pdf.keyValue("Séance du", data.sessionDate());
            pdf.keyValue("Dossiers classés", String.valueOf(data.ranking().size()));

            pdf.heading("Membres présents");
            pdf.bulletList(data.members());

            pdf.heading("Grille d’évaluation");
            pdf.table(GRID, data.grid().stream()
                    .map(g -> List.of(g.criterion(), g.weight(), g.scale(), g.threshold()))
                    .toList());

            pdf.heading("Règles de départage");
            pdf.paragraph(data.tieRules());

            pdf.heading("Classement par volet");
            Map<String, List<RankingLine>> byTrack = data.ranking().stream()
                    .collect(Collectors.groupingBy(RankingLine::track, LinkedHashMap::new, Collectors.toList()));
            byTrack.forEach((track, lines) -> {
                pdf.subheading(track + " (" + lines.size() + (lines.size() > 1 ? " dossiers)" : " dossier)"));
                pdf.table(RANKING, lines.stream()
                        .map(r -> List.of(r.rank(), r.reference(), r.organisation(), r.solution(), r.score(),
                                r.eligible(), r.proposed(), r.decision()))
                        .toList());
            });

            pdf.heading("Décisions et motivations");
            pdf.table(DECISIONS, data.decisions().stream()
                    .map(d -> List.of(d.reference(), d.organisation(), d.outcomeLabel(), d.motivation()))
                    .toList());

            pdf.heading("Approbation");
            pdf.paragraph("Le classement et les décisions ont été proposés par un membre du comité et approuvés par "
                    + "un autre (principe des quatre yeux).");
            pdf.keyValue("Proposé par", data.proposedBy());
            pdf.keyValue("Approuvé par", data.approvedBy());
            pdf.keyValue("Approuvé le", data.approvedAt());

            if (!data.ledgers().isEmpty()) {
                pdf.heading("Registres chaînés");
                pdf.paragraph("Chaque note, décision et examen de recevabilité est inscrit dans un registre dont chaque ligne "
                        + "porte l’empreinte SHA-256 de la précédente. À la rédaction de ce procès-verbal, chaque registre "
                        + "comptait les lignes ci-dessous et se terminait par l’empreinte indiquée : un registre "
                        + "tronqué ou réécrit ne la porte plus à ce rang.");
                pdf.table(LEDGERS, data.ledgers().stream().map(h -> List.of(h.ledger(), h.entries(), h.hash())).toList());
            }
            return pdf.finish();
        }
    }
}
