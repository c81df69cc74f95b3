package fr.amiengine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command keeps its data in an embedded H2 file database. A 200 must mean the data is on disk:
 * this test starts a separate JVM that commits one row at a time on a database opened with the demo profile's own
 * JDBC URL (from application.properties), reads each acknowledgement, kills that JVM with SIGKILL in the middle of
 * the stream, reopens the file and looks for every acknowledged row.
 */
class EmbeddedDatabaseDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 3_000;

    @Test
    void everyCommitAcknowledgedBeforeASigkillIsFoundAfterReopening(@TempDir Path dir) throws Exception {
        String url = demoUrl().replace("./target/demo/ami", dir.resolve("ami").toString());

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line));
            }
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close of the database
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("acquittements reçus avant l’arrêt brutal").hasSize(ACKNOWLEDGED_BEFORE_KILL);

        List<Long> missing = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement find = connection.prepareStatement("select count(*) from probe where id = ?")) {
            for (long id : acknowledged) {
                find.setLong(1, id);
                try (ResultSet found = find.executeQuery()) {
                    found.next();
                    if (found.getLong(1) == 0) {
                        missing.add(id);
                    }
                }
            }
        }
        assertThat(missing).as("lignes acquittées puis perdues après un kill -9").isEmpty();
    }

    private static String demoUrl() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedDatabaseDurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("%demo.quarkus.datasource.jdbc.url");
        assertThat(url).as("URL de la base embarquée de la démo").startsWith("jdbc:h2:file:./target/demo/ami");
        return url;
    }

    /** The killed JVM: commits one row per statement (autocommit, as a request would) and prints its id once committed. */
    public static final class Writer {

        public static void main(String[] args) throws SQLException {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("create table probe (id bigint primary key, payload varchar(200))");
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into probe values (?, ?)")) {
                    for (long id = 1; ; id++) {
                        insert.setLong(1, id);
                        insert.setString(2, "candidature déposée n° " + id);
                        insert.executeUpdate();
                        System.out.println(id);
                        System.out.flush();
                    }
                }
            }
        }
    }
}
