package dev.migrations.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * H2 has no advisory locks, so the lock is the row of a one-row table, held by an open transaction that
 * selected it FOR UPDATE. That makes it crash-safe: the lock is nothing but the holder's transaction, and
 * H2 rolls back the transaction of a connection that closes or a process that dies, freeing the row. No
 * flag is ever written, so none can be left behind.
 *
 * <p>The connection should serve only the lock: acquiring commits what it had open (the table and row are
 * created in autocommit mode) and leaves a transaction open until {@link #release}, which rolls it back and
 * restores the connection's autocommit mode.
 */
final class H2RowLock implements MigrationLock {

    /** How long to wait for a holder's row before answering "not now"; the caller retries. */
    private static final int TRY_MILLIS = 50;

    // org.h2.api.ErrorCode values: the H2 driver is not a dependency of this module.
    private static final int LOCK_TIMEOUT = 50200;
    private static final int DUPLICATE_KEY = 23505;
    private static final int TABLE_ALREADY_EXISTS = 42101;

    private final String createTable;
    private final String insertRow;
    private final String selectForUpdate;
    private final Map<Connection, Boolean> autoCommitBefore = Collections.synchronizedMap(new IdentityHashMap<>());

    H2RowLock(String table, String idColumn) {
        this.createTable = "CREATE TABLE IF NOT EXISTS " + table + " (" + idColumn + " INT PRIMARY KEY)";
        // Not MERGE: H2's MERGE locks the matched row, so it would wait for the holder it is about to find.
        this.insertRow = "INSERT INTO " + table + " (" + idColumn + ") SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                + table + " WHERE " + idColumn + " = 1)";
        this.selectForUpdate = "SELECT " + idColumn + " FROM " + table + " WHERE " + idColumn + " = 1 FOR UPDATE";
    }

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        if (autoCommitBefore.containsKey(connection)) {
            // Already held here: going on would commit the holding transaction, letting go for a moment.
            return true;
        }
        boolean autoCommit = connection.getAutoCommit();
        boolean acquired = false;
        try {
            connection.setAutoCommit(true);
            createLockRow(connection);
            connection.setAutoCommit(false);
            acquired = selectRowForUpdate(connection);
            return acquired;
        } finally {
            if (acquired) {
                autoCommitBefore.put(connection, autoCommit);
            } else {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        connection.rollback();
        Boolean autoCommit = autoCommitBefore.remove(connection);
        connection.setAutoCommit(autoCommit == null || autoCommit);
    }

    @Override
    public boolean needsConnectionOfItsOwn() {
        return true;
    }

    /** Safe when several runners start at once: whoever loses a race finds the table or row made. */
    private void createLockRow(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            ignoring(TABLE_ALREADY_EXISTS, statement, createTable);
            ignoring(DUPLICATE_KEY, statement, insertRow);
        }
    }

    private static void ignoring(int errorCode, Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            if (e.getErrorCode() != errorCode) {
                throw e;
            }
        }
    }

    /** Waits briefly; SET LOCK_TIMEOUT is a session setting outside the transaction, so it is restored. */
    private boolean selectRowForUpdate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int lockTimeout;
            try (ResultSet result = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
                result.next();
                lockTimeout = result.getInt(1);
            }
            statement.execute("SET LOCK_TIMEOUT " + TRY_MILLIS);
            try (ResultSet result = statement.executeQuery(selectForUpdate)) {
                return result.next();
            } catch (SQLException e) {
                if (e.getErrorCode() == LOCK_TIMEOUT) {
                    return false;
                }
                throw e;
            } finally {
                statement.execute("SET LOCK_TIMEOUT " + lockTimeout);
            }
        }
    }
}
