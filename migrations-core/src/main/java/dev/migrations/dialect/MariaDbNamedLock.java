package dev.migrations.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A MariaDB/MySQL named lock ({@code GET_LOCK}). It belongs to the session, not to a transaction, so it holds
 * across the revisions' commits, and the server releases it by itself when the connection ends, however it ends.
 *
 * <p>Named locks are server-wide, so the name covers the database: without a schema, the connection's own
 * ({@code DATABASE()}), as two applications on one server each have a version table of the same name. The server
 * hashes the scope, so the name stays within its 64 characters however long the names are. A connection without a
 * database still gets a lock (of the empty scope), so that what it cannot do without one fails with the database's
 * own "No database selected", not with a lock that seems held.
 */
final class MariaDbNamedLock implements MigrationLock {

    /** The lock's name, from the parameters (schema or null, version table). */
    static final String NAME = "CONCAT('migrations:', LEFT(SHA2(CONCAT(COALESCE(?, DATABASE(), ''), '.', ?), 256), 40))";

    private final String schema;
    private final String versionTable;

    MariaDbNamedLock(String schema, String versionTable) {
        this.schema = schema;
        this.versionTable = versionTable;
    }

    /** A timeout of 0: one try, as the caller waits and retries on its own schedule. */
    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        String sql = "SELECT GET_LOCK(" + NAME + ", 0)";
        Integer taken = call(connection, sql);
        if (taken == null) {
            // Not "held by another": the server could not take it at all, and waiting would not help.
            throw new SQLException("The server refused the named lock: " + sql + " returned NULL");
        }
        return taken == 1;
    }

    @Override
    public void release(Connection connection) throws SQLException {
        call(connection, "SELECT RELEASE_LOCK(" + NAME + ")");
    }

    /** The function's result: 1 done, 0 not, null when the server could not. */
    private Integer call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            statement.setString(2, versionTable);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                int value = result.getInt(1);
                return result.wasNull() ? null : value;
            }
        }
    }
}
