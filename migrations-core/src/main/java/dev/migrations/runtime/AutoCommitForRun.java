package dev.migrations.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Puts a connection in auto-commit for one run, and gives it back as it came. The runner draws its own transaction
 * bounds (a revision's, a stamp's) and writes the rest (fingerprints, audit rows, a repair) one statement at a time;
 * a pool that hands out connections outside auto-commit, as applications tuned for JPA configure theirs
 * ({@code spring.datasource.hikari.auto-commit=false}), would otherwise roll those writes back when the
 * connection returns to it.
 */
final class AutoCommitForRun implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AutoCommitForRun.class);

    private final Connection connection;
    private final boolean restoreManualCommit;

    private AutoCommitForRun(Connection connection, boolean restoreManualCommit) {
        this.connection = connection;
        this.restoreManualCommit = restoreManualCommit;
    }

    /** A connection fresh from its pool has no transaction open, so switching commits nothing. */
    static AutoCommitForRun on(Connection connection) throws SQLException {
        boolean manualCommit = !connection.getAutoCommit();
        if (manualCommit) {
            connection.setAutoCommit(true);
        }
        return new AutoCommitForRun(connection, manualCommit);
    }

    @Override
    public void close() {
        if (!restoreManualCommit) {
            return;
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            // The pool resets it as it takes the connection back, or discards a broken one.
            log.debug("Could not restore manual commit on the migration connection", e);
        }
    }
}
