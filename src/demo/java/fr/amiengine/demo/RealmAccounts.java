package fr.amiengine.demo;

import java.util.List;

/**
 * The fixed accounts of {@code config/keycloak/ami-realm.json} that the demo's seeder and the tests' scenarios script
 * with, one copy for both: the realm gives them these ids, logins and addresses.
 */
public final class RealmAccounts {

    /** An account of the realm: its id (the token's {@code sub}), login, verified address and names. */
    public record Account(String subject, String username, String email, String firstName, String lastName) {
    }

    public static final Account CANDIDAT1 = new Account("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d01", "candidat1",
            "camille.martin@alpha-ia.example", "Camille", "Martin");
    public static final Account CANDIDAT2 = new Account("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d02", "candidat2",
            "dominique.bernard@beta-data.example", "Dominique", "Bernard");
    public static final Account BUYER = new Account("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d0a", "acheteur",
            "lea.roux@achats-demo.gouv.example", "Léa", "Roux");
    public static final Account ADMIN = new Account("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d04", "admin",
            "antoine.durand@numerique.gouv.example", "Antoine", "Durand");

    public static final Account EVALUATOR_1 = new Account("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d03", "evaluateur",
            "elise.petit@numerique.gouv.example", "Élise", "Petit");
    public static final Account EVALUATOR_2 = new Account("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d06", "evaluateur2",
            "marc.leroy@interieur.gouv.example", "Marc", "Leroy");
    public static final Account EVALUATOR_3 = new Account("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d07", "evaluateur3",
            "sophie.garnier@sante.gouv.example", "Sophie", "Garnier");
    public static final Account EVALUATOR_4 = new Account("7b0c2f9e-2c5e-4a61-9d0e-3f1a2b4c5d08", "evaluateur4",
            "karim.benali@economie.gouv.example", "Karim", "Benali");

    /** The realm's four evaluators, in the order of their logins. */
    public static final List<Account> EVALUATORS = List.of(EVALUATOR_1, EVALUATOR_2, EVALUATOR_3, EVALUATOR_4);

    private RealmAccounts() {
    }
}
