package fr.amiengine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The realm template for production ({@code config/keycloak/ami-realm-production.json}), beside the demo realm:
 * nobody can trade a password for a token, every self-registered account proves its e-mail address, Keycloak
 * refuses plain HTTP from outside, it holds no person's account, and every secret comes from the environment.
 */
class ProductionRealmTest {

    private static final Path TEMPLATE = Path.of("config/keycloak/ami-realm-production.json");
    private static final Path DEMO = Path.of("config/keycloak/ami-realm.json");
    /** Keycloak's import resolves {@code ${VAR}} from its environment (checked with 26.7; {@code ${env.VAR}} is not). */
    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");

    private final JsonNode realm = read(TEMPLATE);

    @Test
    void noClientTradesAPasswordForAToken() {
        assertThat(clients()).isNotEmpty().allSatisfy(c -> assertThat(c.path("directAccessGrantsEnabled").asBoolean(true))
                .as(c.path("clientId").asText()).isFalse());
        // Keycloak adds admin-cli with the password grant unless the realm says otherwise
        assertThat(clients()).anySatisfy(c -> assertThat(c.path("clientId").asText()).isEqualTo("admin-cli"));
    }

    @Test
    void selfRegisteredAccountsMustVerifyTheirEmail() {
        assertThat(realm.path("registrationAllowed").asBoolean()).isTrue();
        assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
        assertThat(realm.path("duplicateEmailsAllowed").asBoolean(true)).isFalse();
        assertThat(realm.path("smtpServer").path("host").asText()).matches(ENVIRONMENT);
    }

    @Test
    void requiresTlsFromOutside() {
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
    }

    @Test
    void holdsNoPersonsAccount() {
        assertThat(realm.path("users")).allSatisfy(u -> assertThat(u.path("serviceAccountClientId").asText())
                .as(u.path("username").asText()).isNotEmpty());
    }

    @Test
    void takesEverySecretFromTheEnvironment() throws IOException {
        List<String> secrets = new ArrayList<>();
        clients().forEach(c -> {
            if (!c.path("publicClient").asBoolean(false) && c.has("secret")) {
                secrets.add(c.path("secret").asText());
            }
        });
        secrets.add(realm.path("smtpServer").path("password").asText());

        assertThat(secrets).isNotEmpty().allSatisfy(s -> assertThat(s).matches(ENVIRONMENT));
        String text = Files.readString(TEMPLATE);
        assertThat(text).as("ni compte de démonstration ni mot de passe").doesNotContain("demo", "credentials");
    }

    @Test
    void keepsTheRolesAndTheApplicationAudienceOfTheDemoRealm() {
        assertThat(names(realm.path("roles").path("realm"))).containsAll(names(read(DEMO).path("roles").path("realm")));
        JsonNode engine = clients().stream().filter(c -> c.path("clientId").asText().equals("ami-engine")).findFirst().orElseThrow();
        assertThat(engine.path("protocolMappers").toString()).contains("oidc-audience-mapper", "\"included.client.audience\":\"ami-engine\"");
        assertThat(engine.path("redirectUris").toString()).doesNotContain("127.0.0.1", "localhost");
    }

    @Test
    void bothRealmsShowTheServiceLoginThemeKeptBesideThem() {
        assertThat(realm.path("loginTheme").asText()).isEqualTo("ami");
        assertThat(read(DEMO).path("loginTheme").asText()).isEqualTo("ami");
        assertThat(Path.of("config/keycloak/themes/ami/login/theme.properties")).isRegularFile();
        assertThat(Path.of("config/keycloak/themes/ami/login/messages/messages_fr.properties")).content()
                .contains("doRegister=Créer un compte");
    }

    private List<JsonNode> clients() {
        return StreamSupport.stream(realm.path("clients").spliterator(), false).toList();
    }

    private static List<String> names(JsonNode roles) {
        return StreamSupport.stream(roles.spliterator(), false).map(r -> r.path("name").asText()).toList();
    }

    private static JsonNode read(Path path) {
        try {
            return new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
