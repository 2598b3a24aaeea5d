package dev.migrations.runtime;

import dev.migrations.dialect.Dialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The dialect's session settings on the connection that writes ({@link Dialect#sessionSetup()}), for as long as
 * the work holds the migration lock; closing restores the server's defaults before the connection returns to
 * its pool. Only writing work pays for them: a start with nothing to do sends no more statements.
 */
final class SessionSettings implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SessionSettings.class);

    private final Connection connection;
    private final Dialect dialect;
    private final boolean schemaChanged;
    private final String previousSchema;

    private SessionSettings(Connection connection, Dialect dialect, boolean schemaChanged, String previousSchema) {
        this.connection = connection;
        this.dialect = dialect;
        this.schemaChanged = schemaChanged;
        this.previousSchema = previousSchema;
    }

    /** Also moves the session into a tenant's schema when the settings say it holds everything. */
    static SessionSettings apply(Connection connection, Dialect dialect, RunnerSettings settings) throws SQLException {
        execute(connection, dialect.sessionSetup());
        if (settings.schemaHoldsEverything()) {
            String previous = dialect.useSessionSchema(connection, settings.schema());
            return new SessionSettings(connection, dialect, true, previous);
        }
        return new SessionSettings(connection, dialect, false, null);
    }

    /**
     * Creates the version table's schema on the first run that writes, before the lock (which may live in it), as a
     * tenant's schema: a {@code migrations.schema} the database does not have yet is made, as Flyway's
     * {@code create-schemas} does. Outside tenants the schema is looked up first, in the catalog the schema reader
     * reads: creating one, even with {@code IF NOT EXISTS}, needs a right a least-privileged user of an existing
     * schema lacks. Concurrent first runs may both try; the one that loses sees the schema on its second try.
     */
    static void createSchemaIfMissing(Connection connection, Dialect dialect, RunnerSettings settings)
            throws SQLException {
        if (settings.schema() == null
                || (!settings.schemaHoldsEverything()
                        && dialect.schemaReader().schemaExists(connection, settings.schema()))) {
            return;
        }
        String sql = dialect.createSchemaIfMissing(settings.schema());
        try {
            execute(connection, List.of(sql));
        } catch (SQLException raced) {
            execute(connection, List.of(sql));
        }
    }

    /**
     * After a failure the connection may be unusable or inside a transaction; the failure is what matters then,
     * and a pool discards a broken connection.
     */
    @Override
    public void close() {
        try {
            if (connection.getAutoCommit()) {
                execute(connection, dialect.sessionTeardown());
                if (schemaChanged) {
                    dialect.restoreSessionSchema(connection, previousSchema);
                }
            }
        } catch (SQLException e) {
            log.debug("Could not restore the session settings of the migration connection", e);
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
