package fr.amiengine.support;

import org.openqa.selenium.By;

/** The steps a person takes on Keycloak's own pages (login, registration); they are not ours to check with axe. */
public final class Keycloak {

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
        browser.type("password", password);
        browser.type("password-confirm", password);
        browser.find(By.cssSelector("form#kc-register-form [type=submit]")).click();
    }
}
