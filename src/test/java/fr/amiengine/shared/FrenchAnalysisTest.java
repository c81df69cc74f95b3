package fr.amiengine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.amiengine.shared.FrenchAnalysis.Term;
import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {

    private static String term(String word) {
        assertThat(FrenchAnalysis.analyse(word)).as("«\u00a0%s\u00a0» donne un terme", word).hasSize(1);
        return FrenchAnalysis.analyse(word).get(0).term();
    }

    @Test
    void pluralsShareTheirSingularsTerm() {
        assertThat(term("documents")).isEqualTo(term("document"));
        assertThat(term("courriers")).isEqualTo(term("courrier"));
        assertThat(term("réponses")).isEqualTo(term("réponse"));
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(term("données")).isEqualTo(term("donnee")).isEqualTo(term("DONNÉES"));
        assertThat(term("Éléphant")).isEqualTo(term("elephant"));
        assertThat(term("cœur")).isEqualTo(term("coeur"));
    }

    @Test
    void elidedArticlesAreRemovedWithEitherApostrophe() {
        assertThat(FrenchAnalysis.terms("l’intelligence")).containsExactly(term("intelligence"));
        assertThat(FrenchAnalysis.terms("l'intelligence")).containsExactly(term("intelligence"));
        assertThat(FrenchAnalysis.terms("d’archives")).containsExactly(term("archives"));
        assertThat(FrenchAnalysis.terms("qu’archive")).containsExactly(term("archive"));
        assertThat(FrenchAnalysis.terms("L’Agence")).containsExactly(term("agence"));
    }

    @Test
    void stopWordsGiveNoTerm() {
        assertThat(FrenchAnalysis.terms("le la les des du de pour avec dans une")).isEmpty();
        assertThat(FrenchAnalysis.terms("la transcription des audiences")).containsExactly(term("transcription"), term("audiences"));
    }

    @Test
    void aVerbAndItsActionNounShareATerm() {
        assertThat(term("transcrire")).isEqualTo(term("transcription")).isEqualTo(term("transcriptions"))
                .isEqualTo(term("Transcriptions"));
        assertThat(term("traduire")).isEqualTo(term("traduction"));
        assertThat(term("automatiser")).isEqualTo(term("automatisation"));
        assertThat(term("traiter")).isEqualTo(term("traitement"));
        assertThat(term("vérifier")).isEqualTo(term("vérification"));
    }

    @Test
    void shortNounsAndDistinctFamiliesStayApart() {
        assertThat(term("nation")).isNotEqualTo(term("ner"));
        assertThat(term("information")).isNotEqualTo(term("informatique"));
    }

    @Test
    void eachTermKeepsTheWordItComesFrom() {
        assertThat(FrenchAnalysis.analyse("Transcriptions d’audiences")).containsExactly(
                new Term(term("transcrire"), "Transcriptions"), new Term(term("audience"), "audiences"));
    }

    @Test
    void containsAllReadsWordsAsTheAnalysisDoes() {
        assertThat(FrenchAnalysis.containsAll("Compatible ProConnect et FranceConnect", "proconnect")).isTrue();
        assertThat(FrenchAnalysis.containsAll("FranceConnect", "ProConnect")).isFalse();
        assertThat(FrenchAnalysis.containsAll("n’importe quoi", "")).isTrue();
    }
}
