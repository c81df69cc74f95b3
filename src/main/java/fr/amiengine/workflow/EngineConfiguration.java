package fr.amiengine.workflow;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;
import org.jboss.logging.Logger;

/**
 * The engine's configuration (the {@code quarkus.camunda.*} settings still apply), which builds the engine under a
 * PostgreSQL advisory lock. Building it creates the engine's {@code ACT_*} tables when they are absent, and the engine
 * takes no lock for that: two nodes started at the same moment on an empty database both ran the creation scripts,
 * and the second one died on « duplicate key value violates unique constraint » (seen with {@code TwoNodesIT}). Under
 * the lock, the second node waits, then finds the tables and only checks them. The lock is the session's: PostgreSQL
 * drops it with the connection if the node dies meanwhile. H2 (the demo, the tests) has one node and no such lock.
 */
@Singleton
public class EngineConfiguration extends QuarkusProcessEngineConfiguration {

    private static final Logger LOG = Logger.getLogger(EngineConfiguration.class);

    /** The advisory lock's key: any number no other code of this database uses (Flyway derives its own from its table). */
    static final long SCHEMA_LOCK = 0x616d_695f_6361_6dL;

    @Override
    public ProcessEngine buildProcessEngine() {
        try (Connection connection = getDataSource().getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return super.buildProcessEngine();
            }
            advisoryLock(connection, "pg_advisory_lock");
            LOG.debug("Verrou de création du schéma du moteur pris");
            try {
                return super.buildProcessEngine();
            } finally {
                advisoryLock(connection, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Verrou de création du schéma du moteur indisponible", e);
        }
    }

    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, SCHEMA_LOCK);
            statement.execute();
        }
    }
}
