package fr.amiengine.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The README's run command ({@code ./mvnw -Pdemo}): starts the real Keycloak with the demo realm, then the
 * packaged application on an H2 file database seeded with the demo campaigns, prints the URLs and the demo
 * logins, and stops both on Ctrl-C. Everything it writes stays under {@code target/demo/}.
 */
public final class DemoLauncher {

    private static final int KEYCLOAK_PORT = 8180;
    private static final int APP_PORT = 8080;
    /** Keycloak's mail (address verification) goes here; the realm's default SMTP port, see config/keycloak/. */
    private static final int SMTP_PORT = 8025;
    private static final String APP = "http://127.0.0.1:" + APP_PORT;

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path project = Path.of(System.getProperty("ami.project.dir", ".")).toAbsolutePath().normalize();
        Path demo = Files.createDirectories(project.resolve("target/demo"));
        ensureFree(KEYCLOAK_PORT, "Keycloak");
        ensureFree(APP_PORT, "l'application");
        ensureFree(SMTP_PORT, "la boîte aux lettres de la démonstration");
        DemoMailbox mailbox = DemoMailbox.start(SMTP_PORT, demo.resolve("courriels"));

        say("Démarrage de Keycloak sur le port " + KEYCLOAK_PORT + " (la première fois, jusqu'à une minute)…");
        KeycloakServer keycloak = KeycloakServer.start(
                Path.of(System.getProperty("ami.keycloak.home")),
                project.resolve("config/keycloak/ami-realm.json"),
                KEYCLOAK_PORT,
                "jdbc:h2:file:" + demo.resolve("keycloak/keycloakdb") + ";NON_KEYWORDS=VALUE",
                demo.resolve("keycloak.log"),
                SMTP_PORT);
        Process application = null;
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        try {
            say("Keycloak prêt. Démarrage de l'application sur le port " + APP_PORT + "…");
            application = startApplication(project, demo, keycloak.realmUrl());
            Process running = application;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopping.set(true);
                say("Arrêt de l'application et de Keycloak…");
                stop(running);
                keycloak.close();
                mailbox.close();
                say("Arrêtés.");
                stopped.countDown();
            }));
            Readiness.await(application, URI.create(APP + "/q/health/ready"), Duration.ofMinutes(3), "L'application",
                    demo.resolve("ami-engine.log"));
            banner(Duration.between(started, Instant.now()), keycloak.url(), demo);
            application.waitFor();
            if (!stopping.get()) {
                say("L'application s'est arrêtée ; voir " + demo.resolve("ami-engine.log"));
            }
        } catch (RuntimeException e) {
            if (application != null) {
                stop(application);
            }
            keycloak.close();
            mailbox.close();
            throw e;
        }
        stopped.await(5, TimeUnit.SECONDS);
    }

    private static Process startApplication(Path project, Path demo, String realmUrl) throws IOException {
        Path jar = project.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Application non construite : lancez ./mvnw -Pdemo (qui la construit).");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=demo",
                "-jar", jar.toString()))
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(demo.resolve("ami-engine.log").toFile());
        builder.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl);
        builder.environment().put("AMI_KEYCLOAK_URL", realmUrl.substring(0, realmUrl.indexOf("/realms/")));
        return builder.start();
    }

    private static void banner(Duration elapsed, String keycloakUrl, Path demo) {
        String token = "curl -s -d grant_type=password -d client_id=ami-cli -d username=candidat1 -d password=candidat1-demo "
                + keycloakUrl + "/realms/ami/protocol/openid-connect/token";
        System.out.println("""

                ════════════════════════════════════════════════════════════════════════════
                 AMI Engine est prêt (en %d s).

                 Site                %s/
                 API                 %s/api/campaigns
                 Documentation API   %s/q/swagger-ui   (OpenAPI : %s/q/openapi)
                 Santé / métriques   %s/q/health   %s/q/metrics
                 Keycloak (royaume)  %s/realms/ami/account

                 Comptes de démonstration (royaume « ami ») :
                   candidat1  / candidat1-demo    candidat, organisation « Alpha IA »
                   candidat2  / candidat2-demo    candidat, organisation « Beta Data »
                   candidat3  / candidat3-demo    candidat sans organisation (à déclarer)
                   evaluateur  / evaluateur-demo    évaluatrice (Élise Petit)
                   evaluateur2 / evaluateur2-demo   évaluateur (Marc Leroy)
                   evaluateur3 / evaluateur3-demo   évaluatrice (Sophie Garnier)
                   evaluateur4 / evaluateur4-demo   évaluateur (Karim Benali)
                   admin       / admin-demo-1       administrateur
                   admin2      / admin2-demo-1      administratrice (approuve les décisions)
                   admin3      / admin3-demo-1      administrateur (approuve si admin2 a modifié)
                   acheteur    / acheteur-demo      acheteuse d'une administration (retours d'expérience)

                 Campagnes : AMI-IA-2025 (ouverte, 36 dossiers), AMI-IA2-DEMO (9 dossiers
                 recevables, comité de 4 membres déclaré ; se ferme seule 3 minutes après
                 le premier démarrage, puis admin lance l'évaluation depuis sa page),
                 AMI-IA-2024 (évaluée : délibération, décisions, lettres, puis publication
                 du panorama sur %s/panorama), AMI-IA-2026 (brouillon).
                 Courriels de l'application : dans le journal. Courriels de Keycloak (lien de
                 vérification d'une adresse après « Créer un compte », première connexion
                 d'un membre invité) : le lien s'affiche ici, le message est gardé dans
                 %s

                 Jeton d'accès pour l'API :
                   %s
                 Journaux : %s
                 Ctrl-C arrête l'application et Keycloak.
                ════════════════════════════════════════════════════════════════════════════
                """.formatted(elapsed.toSeconds(), APP, APP, APP, APP, APP, APP, keycloakUrl, APP, demo.resolve("courriels"), token, demo));
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void ensureFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Le port " + port + " (" + what + ") est déjà pris : arrêtez l'autre instance.", e);
        }
    }

    private static void say(String message) {
        System.out.println("[démo] " + message);
    }
}
