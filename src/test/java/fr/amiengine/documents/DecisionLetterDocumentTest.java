package fr.amiengine.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionLetterDocumentTest {

    @ParameterizedTest
    @CsvSource({
            "RETAINED, Retenue, 7e sur 42 dossiers du volet",
            "WAITLISTED, Inscrite sur la liste d’attente, 15e sur 42 dossiers du volet",
            "NOT_RETAINED, Non retenue, "})
    void letterIsPdfA2bAndPdfUa1ForEveryOutcome(String outcome, String label, String rank) {
        byte[] pdf = DecisionLetterDocument.render(Samples.decisionLetter(outcome, label, rank));

        VeraPdf.assertPdfA2bAndPdfUa1(pdf);
    }

    @Test
    void letterStatesTheDecisionItsMotivationAndTheScores() {
        DecisionLetterData data = Samples.retainedLetter();

        String text = DocumentText.of(DecisionLetterDocument.render(data));

        assertThat(text)
                .contains("Comité de sélection — " + data.campaignTitle())
                .contains(data.addressee())
                .contains("Le comité de sélection a retenu votre candidature «\u00a0" + data.solutionName()
                        + "\u00a0» (référence AMI-IA2-2026-0042).")
                .contains(Samples.MOTIVATION)
                .contains("Soutenabilité économique et budget (" + Samples.AMOUNT + " demandés)")
                .contains("16,5", "14,0", "11,5", "15,0", "13,0", "atteint")
                .contains(data.rawScore(), data.normalisedScore(), data.rank())
                .contains("Voies et délais de recours")
                .contains(Samples.APPEAL);
    }

    @Test
    void letterNamesItsSignatoryByNameAndTitleAndGivesTheAlgorithmNotice() {
        DecisionLetterData data = Samples.retainedLetter();

        String text = DocumentText.of(DecisionLetterDocument.render(data));

        assertThat(text)
                .contains("Traitement algorithmique")
                .contains("pour le comité de sélection, par\u00a0:")
                .contains("Élise Petit")
                .contains("Présidente du comité de sélection, directrice du programme IA")
                .contains(Samples.RULES_ADDRESS, Samples.EVALUATION_ADDRESS)
                .doesNotContain("approuvée par");
    }

    @Test
    void notRetainedLetterSaysSoAndThatTheFileWasNotRanked() {
        DecisionLetterData data = Samples.decisionLetter("NOT_RETAINED", "Non retenue", null);

        String text = DocumentText.of(DecisionLetterDocument.render(data));

        assertThat(text)
                .contains("Le comité de sélection n’a pas retenu votre candidature")
                .contains("non classé\u00a0: le dossier n’est pas éligible")
                .doesNotContain("a retenu votre candidature");
    }

    @Test
    void waitlistedLetterSaysTheFileIsOnTheWaitingList() {
        DecisionLetterData data = Samples.decisionLetter("WAITLISTED", "Inscrite sur la liste d’attente", "15e sur 42");

        assertThat(DocumentText.of(DecisionLetterDocument.render(data)))
                .contains("» (référence AMI-IA2-2026-0042) sur la liste d’attente.");
    }

    @Test
    void refusesAnOutcomeItCannotWord() {
        DecisionLetterData data = Samples.decisionLetter("MAYBE", "Peut-être", null);

        assertThatThrownBy(() -> DecisionLetterDocument.render(data)).isInstanceOf(IllegalArgumentException.class);
    }
}
