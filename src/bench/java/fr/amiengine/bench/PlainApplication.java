package fr.amiengine.bench;

import fr.amiengine.support.KeycloakServer;
import fr.amiengine.support.Readiness;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * P9's yardstick: a plain Quarkus application (one {@code quarkus-rest} endpoint, nothing else), generated under
 * {@code target/bench-plain-app} with the project's Quarkus version and compiler, packaged by the project's own Maven
 * wrapper (offline first, as the run that calls it), started as {@code PackagedApplication} starts ours: the same
 * {@code java}, the same JVM options, {@code -jar target/quarkus-app/quarkus-run.jar} (Quarkus' default fast-jar).
 */
final class PlainApplication implements AutoCloseable {

    static final String PATH = "/plain";

    private final Path home;
    private final int port = KeycloakServer.freePort();
    private Process process;

    private PlainApplication(Path home) {
        this.home = home;
    }

    /**
     * Writes the project and packages it (about a minute on a busy machine).
     *
     * @param project        the AMI Engine checkout: its {@code mvnw} packages the plain application
     * @param quarkusVersion the Quarkus platform version of the project
     */
    static PlainApplication build(Path project, String quarkusVersion) throws IOException, InterruptedException {
        Path home = project.resolve("target/bench-plain-app");
        Path sources = Files.createDirectories(home.resolve("src/main/java/bench/plain"));
        Files.createDirectories(home.resolve("src/main/resources"));
        Files.writeString(home.resolve("pom.xml"), pom(quarkusVersion));
        Files.writeString(sources.resolve("PlainResource.java"), """
                package bench.plain;

                import jakarta.ws.rs.GET;
                import jakarta.ws.rs.Path;
                import jakarta.ws.rs.Produces;
                import jakarta.ws.rs.core.MediaType;

                @Path("%s")
                public class PlainResource {

                    @GET
                    @Produces(MediaType.TEXT_PLAIN)
                    public String plain() {
                        return "ok";
                    }
                }
                """.formatted(PATH));
        Files.writeString(home.resolve("src/main/resources/application.properties"), "quarkus.http.host=127.0.0.1\n");
        Path log = home.resolve("build.log");
        // offline first, as the benchmark's own build ran: every artifact is one the project already uses
        if (maven(project, home, log, true) != 0 && maven(project, home, log, false) != 0) {
            throw new IllegalStateException("l'application Quarkus simple n'a pas été construite ; voir " + log);
        }
        return new PlainApplication(home);
    }

    private static int maven(Path project, Path home, Path log, boolean offline) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(project.resolve("mvnw").toString(), "-B", "-q"));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of("-f", home.resolve("pom.xml").toString(), "package"));
        Process build = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!build.waitFor(10, TimeUnit.MINUTES)) {
            build.destroyForcibly();
            return -1;
        }
        return build.exitValue();
    }

    private static String pom(String quarkusVersion) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>fr.amiengine.bench</groupId>
                  <artifactId>bench-plain-app</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <quarkus.platform.version>%s</quarkus.platform.version>
                    <skipTests>true</skipTests>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>io.quarkus.platform</groupId>
                        <artifactId>quarkus-bom</artifactId>
                        <version>${quarkus.platform.version}</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>io.quarkus</groupId>
                      <artifactId>quarkus-rest</artifactId>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.quarkus</groupId>
                        <artifactId>quarkus-maven-plugin</artifactId>
                        <version>${quarkus.platform.version}</version>
                        <extensions>true</extensions>
                        <executions>
                          <execution>
                            <goals>
                              <goal>build</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.14.0</version>
                      </plugin>
                      <plugin>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.3</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(quarkusVersion);
    }

    /** Starts it with these JVM options and waits for its endpoint's first 200, polled as ours is (Readiness). */
    void start(String run, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", home.resolve("target/quarkus-app/quarkus-run.jar").toString()));
        Path log = home.resolve("application-" + run + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        process = builder.start();
        Readiness.await(process, URI.create(url(PATH)), Duration.ofMinutes(2), "L'application Quarkus simple", log);
    }

    long pid() {
        return process.pid();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** The resident set of a process, in MiB, from {@code /proc/<pid>/status} (VmRSS). */
    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("VmRSS absent de /proc/" + pid + "/status");
    }
}
