package fr.amiengine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {"443061841", "552100554", "123456782", "443 061 841", "443\u00a0061\u00a0841"})
    void acceptsNineDigitsWithAValidLuhnKey(String siren) {
        assertThat(Siren.isValid(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"443061842", "123456789", "12345678", "1234567820", "44306184A", "", "   "})
    void rejectsAWrongKeyOrAWrongLength(String siren) {
        assertThat(Siren.isValid(siren)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"443 061 841", "443.061.841"})
    void storesTheDigitsOnly(String typed) {
        assertThat(Siren.normalise(typed)).isEqualTo("443061841");
    }
}
