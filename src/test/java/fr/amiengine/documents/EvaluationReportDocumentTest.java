package fr.amiengine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.documents.EvaluationReportData.EvaluatorBlock;
import fr.amiengine.documents.EvaluationReportData.GridLine;
import fr.amiengine.documents.EvaluationReportData.Item;
import fr.amiengine.documents.EvaluationReportData.MeanLine;
import fr.amiengine.documents.EvaluationReportData.ScoreLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationReportDocumentTest {

    static EvaluationReportData sample(int evaluators, String justification) {
        List<EvaluatorBlock> blocks = new ArrayList<>();
        for (int i = 1; i <= evaluators; i++) {
            blocks.add(new EvaluatorBlock("Évaluateur " + i, List.of(
                    new ScoreLine("Impact attendu", "4", justification),
                    new ScoreLine("Maturité", "3,5", "Déployée dans deux préfectures depuis 2024."),
                    new ScoreLine("Intégrabilité", "5", "API documentée, connecteurs pour trois logiciels courants."),
                    new ScoreLine("Conformité", "2", "Analyse d’impact sur la protection des données à compléter.")),
                    "71,5 sur 100", "100 × [35 × (4 − 0) / (5 − 0) + 25 × (3,5 − 0) / (5 − 0)] / 100 = 71,5 sur 100",
                    "68,12 sur 100", "Calcul\u00a0: note brute 71,50\u00a0; moyenne de l’évaluateur 64,00 (écart-type 8,00, 12 dossiers)"));
        }
        return new EvaluationReportData("AMI-IA2-2026", "Solutions d’IA pour le public", "AMI-IA2-2026-0042",
                "Alpha IA", "Tri automatique du courrier entrant", "Volet général", "1er décembre 2026", "Non retenue",
                "Ce document vous communique les éléments de l’évaluation de votre dossier.",
                List.of(new GridLine("Impact attendu", "35\u00a0%", "0 à 5", "2"), new GridLine("Maturité", "25\u00a0%", "0 à 5", "—")),
                blocks,
                List.of(new MeanLine("Impact attendu", "4", "2", "atteint", "0,5"), new MeanLine("Maturité", "3,5", "—", "—", "1")),
                List.of(new Item("Note brute", "71,5 sur 100"), new Item("Note normalisée", "68,12 sur 100")),
                "Les évaluateurs retiennent un impact fort, une conformité à documenter.", "L’un d’eux juge la maturité surestimée.",
                List.of("Note brute\u00a0: moyenne des 2 totaux des évaluateurs\u00a0: (71,5 + 71,5) / 2 = 71,5 sur 100.",
                        "Budget\u00a0: classé 3e sur 9 du volet, la demande de 200" + Samples.NNBSP + "000" + Samples.NNBSP
                                + "€ dépassait le budget du volet."),
                List.of(new Item("Rang", "3e sur 9 dans le volet «\u00a0Volet général\u00a0»"),
                        new Item("Dossier classé juste devant", "2e, 74 sur 100"),
                        new Item("Dossier classé juste derrière", "4e, 71,5 sur 100\u00a0; même note, départagés par la moyenne sur l’impact (4 contre 3,5)")),
                "Classé 3e sur 9 dossiers éligibles du volet «\u00a0Volet général\u00a0» avec 71,5 sur 100 (note brute).",
                "À note égale, le dossier dont la moyenne sur l’impact est la plus haute passe devant.",
                List.of(new Item("Décision", "Non retenue"), new Item("Raison", "Budget du volet")), Samples.MOTIVATION);
    }

    @Test
    void reportIsPdfA2bAndPdfUa1() {
        VeraPdf.assertPdfA2bAndPdfUa1(EvaluationReportDocument.render(sample(2, "Un impact fort sur l’accueil des usagers.")));
    }

    @Test
    void aLongReportWithThreeEvaluatorsRunsOverPagesAndStaysCompliant() {
        String longJustification = "Le dossier démontre un impact réel sur l’accueil des usagers et la charge des agents. ".repeat(40);
        byte[] pdf = EvaluationReportDocument.render(sample(3, longJustification));

        assertThat(DocumentText.pageCount(pdf)).isGreaterThan(2);
        VeraPdf.assertPdfA2bAndPdfUa1(pdf);
    }

    @Test
    void saysItsTitleEachEvaluatorByNumberTheirJustificationsTheRankAndTheReason() {
        EvaluationReportData data = sample(2, "Un impact fort sur l’accueil des usagers.");

        String text = DocumentText.of(EvaluationReportDocument.render(data));

        assertThat(text)
                .contains("Communication des éléments d’évaluation")
                .contains("Évaluateur 1", "Évaluateur 2")
                .contains("Un impact fort sur l’accueil des usagers.")
                .contains("Note commune des évaluateurs", "Avis minoritaire")
                .contains("Dossier classé juste devant", "2e, 74 sur 100")
                .contains("départagés par la moyenne sur l’impact (4 contre 3,5)")
                .contains("200" + Samples.NNBSP + "000" + Samples.NNBSP + "€")
                .contains(Samples.MOTIVATION.substring(0, 60));
    }
}
