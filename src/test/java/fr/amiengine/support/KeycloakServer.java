package fr.amiengine.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak server (the {@code keycloak-quarkus-dist} that Maven unpacks outside {@code target/}),
 * started in dev mode on loopback with the realm of {@code config/keycloak/}. Used by the tests and by the
 * demo launcher.
 */
public final class KeycloakServer implements AutoCloseable {

    /** The service's Keycloak themes, in the project. */
    public static final String THEMES = "config/keycloak/themes";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    /** The environment variable the realm's {@code smtpServer.port} is read from when Keycloak imports it. */
    public static final String SMTP_PORT_VARIABLE = "AMI_KEYCLOAK_SMTP_PORT";

    private final Process process;
    private final int port;

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param home      the unpacked distribution
     * @param realmFile the realm export to import
     * @param port      the HTTP port, 0 for a free one
     * @param dbUrl     Keycloak's own H2 database (a file to keep users, a memory URL for a fresh realm)
     * @param log       where Keycloak's output goes
     * @param smtpPort  the loopback SMTP port Keycloak sends its mail to (address verification, required actions):
     *                  the realm's {@code smtpServer} reads it from {@value #SMTP_PORT_VARIABLE}
     */
    public static KeycloakServer start(Path home, Path realmFile, int port, String dbUrl, Path log, int smtpPort) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak introuvable dans " + home
                    + "\u00a0: lancez Maven une première fois (la phase process-test-resources le décompresse).");
        }
        int httpPort = port == 0 ? freePort() : port;
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, imports.resolve("ami-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            installThemes(home);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1",
                    "--http-port=" + httpPort,
                    "--hostname=http://127.0.0.1:" + httpPort,
                    "--import-realm",
                    "--db-url=" + dbUrl))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -Xmx512m");
            builder.environment().put(SMTP_PORT_VARIABLE, String.valueOf(smtpPort));
            KeycloakServer server = new KeycloakServer(builder.start(), httpPort);
            server.awaitReady(log);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the service's themes ({@value #THEMES}, the login pages in the service's look) into the distribution's
     * {@code themes/} folder, where Keycloak finds a theme without a build step; in dev mode it caches none, so the
     * copy of this start is the one served.
     */
    private static void installThemes(Path home) throws IOException {
        Path source = Path.of(System.getProperty("ami.project.dir", ".")).toAbsolutePath().resolve(THEMES);
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("Thèmes de Keycloak introuvables dans " + source);
        }
        Path target = home.resolve("themes");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/ami";
    }

    private void awaitReady(Path log) {
        try {
            Readiness.await(process, URI.create(realmUrl() + "/.well-known/openid-configuration"), READY_TIMEOUT, "Keycloak", log);
        } catch (IllegalStateException e) {
            close();
            throw e;
        }
    }

    /**
     * Stops Keycloak: a polite SIGTERM to kc.sh and to the JVM it started, then the whole process tree if
     * anything lingers after 30 seconds.
     */
    @Override
    public void close() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle handle : tree) {
                handle.onExit().get(30, TimeUnit.SECONDS);
            }
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // lingering: forced below
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
