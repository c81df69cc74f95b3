package fr.amiengine.demo;

import fr.amiengine.identity.Siren;

/** Invented SIRENs for the demo's and the tests' organisations: valid, so that the application accepts them. */
public final class Sirens {

    private Sirens() {
    }

    /**
     * The eight digits given and the Luhn key that makes them a valid SIREN.
     *
     * @param body eight digits
     */
    public static String withKey(String body) {
        for (int key = 0; key < 10; key++) {
            if (Siren.isValid(body + key)) {
                return body + key;
            }
        }
        throw new IllegalStateException("aucune clé de Luhn pour " + body);
    }
}
