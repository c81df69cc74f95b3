package fr.amiengine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

    @Test
    void givesTheSameNameTheSamePseudonymInTheOrderNamesAreMet() {
        Pseudonyms pseudonyms = new Pseudonyms();
        assertThat(pseudonyms.of("candidat1")).isEqualTo("Personne 1");
        assertThat(pseudonyms.of("camille.martin")).isEqualTo("Personne 2");
        assertThat(pseudonyms.of("candidat1")).isEqualTo("Personne 1");
    }

    @Test
    void leavesPseudonymsAndEmptyValuesAsTheyAreSoThatASecondErasureChangesNothing() {
        Pseudonyms pseudonyms = new Pseudonyms();
        assertThat(pseudonyms.of("Personne 7")).isEqualTo("Personne 7");
        assertThat(pseudonyms.of(null)).isNull();
        assertThat(pseudonyms.of("Élise Petit")).isEqualTo("Personne 1");
        assertThat(Pseudonyms.isPseudonym("Personne 12")).isTrue();
        assertThat(Pseudonyms.isPseudonym("Personne Morale")).isFalse();
    }
}
