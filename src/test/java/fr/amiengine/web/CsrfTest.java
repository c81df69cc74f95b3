package fr.amiengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.amiengine.shared.AmiException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsrfTest {

    private final Csrf csrf = csrf(Optional.of("clé de test"));

    @Test
    void acceptsTheTokenOfTheSameAccountOnly() {
        String token = csrf.tokenFor("candidat1");

        assertThatCode(() -> csrf.verify("candidat1", token)).doesNotThrowAnyException();
        assertThatThrownBy(() -> csrf.verify("candidat2", token)).isInstanceOf(AmiException.class)
                .hasMessageContaining("formulaire a expiré");
        assertThatThrownBy(() -> csrf.verify("candidat1", null)).isInstanceOf(AmiException.class);
        assertThatThrownBy(() -> csrf.verify("candidat1", token + "x")).isInstanceOf(AmiException.class);
    }

    @Test
    void tokensDependOnTheSecret() {
        assertThat(csrf(Optional.of("autre clé")).tokenFor("candidat1")).isNotEqualTo(csrf.tokenFor("candidat1"));
        assertThat(csrf(Optional.empty()).tokenFor("candidat1")).isNotEqualTo(csrf(Optional.empty()).tokenFor("candidat1"));
    }

    private static Csrf csrf(Optional<String> secret) {
        Csrf csrf = new Csrf();
        csrf.config = () -> secret;
        csrf.init();
        return csrf;
    }
}
