package fr.amiengine.support;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** The steps a person takes on Keycloak's own pages (login, registration); they are not ours to check with axe. */
public final class Keycloak {

    /** The link of Keycloak's mails that verify an address or perform required actions (an action token). */
    static final Pattern VERIFICATION_LINK = Pattern.compile("https?://[^\\s\"'<>]*action-token[^\\s\"'<>]*");

    private Keycloak() {
    }

    public static void login(Browser browser, String username, String password) {
        browser.screenshot("keycloak-connexion");
        browser.type("username", username);
        browser.type("password", password);
        browser.find(By.id("kc-login")).click();
    }

    public static void register(Browser browser, String username, String email, String password) {
        browser.screenshot("keycloak-connexion");
        browser.find(By.cssSelector("a[href*='registration']")).click();
        browser.type("username", username);
        browser.type("email", email);
        browser.type("firstName", "Nina");
        browser.type("lastName", "Nouvelle");
        // with « Verify Email », Keycloak asks for the password only once the address is verified
        if (!browser.driver().findElements(By.id("password")).isEmpty()) {
            browser.type("password", password);
            browser.type("password-confirm", password);
        }
        browser.find(By.cssSelector("form#kc-register-form [type=submit]")).click();
        verifyAddress(browser, email);
        if (!browser.driver().findElements(By.id("password-new")).isEmpty()) {
            browser.type("password-new", password);
            browser.type("password-confirm", password);
            browser.find(By.cssSelector("form#kc-passwd-update-form [type=submit]")).click();
        }
    }

    /**
     * The realm asks every new account to verify its address: the person opens the link Keycloak mailed them (read
     * here from the test mailbox) in the same browser, then chooses a password, and is signed in.
     */
    public static void verifyAddress(Browser browser, String email) {
        List<MimeMessage> mails = GreenMailTestResource.awaitReceivedBy(email, Duration.ofSeconds(30));
        if (mails.isEmpty()) {
            throw new AssertionError("Keycloak n’a envoyé aucun courriel de vérification à " + email);
        }
        Matcher link = VERIFICATION_LINK.matcher(GreenMailTestResource.text(mails.get(mails.size() - 1)));
        if (!link.find()) {
            throw new AssertionError("aucun lien de vérification dans le courriel envoyé à " + email);
        }
        browser.driver().get(link.group().replace("&amp;", "&"));
    }
}
