package dev.migrations.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A MariaDB/MySQL named lock ({@code GET_LOCK}). It belongs to the session, not to a transaction, so it holds
 * across the revisions' commits, and the server releases it by itself when the connection ends, however it ends.
 */
final class MariaDbNamedLock implements MigrationLock {

    private final String name;

    MariaDbNamedLock(String name) {
        this.name = name;
    }

    /**
     * The lock for a scope such as {@code "shop.migrations_version"}: the same name on every run and replica,
     * within the 64 characters the server allows however long the scope is.
     */
    static MariaDbNamedLock forScope(String scope) {
        return new MariaDbNamedLock("migrations:" + Long.toHexString(LockKeys.of(scope)));
    }

    String name() {
        return name;
    }

    /** A timeout of 0: one try, as the caller waits and retries on its own schedule. */
    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        return call(connection, "SELECT GET_LOCK(?, 0)");
    }

    @Override
    public void release(Connection connection) throws SQLException {
        call(connection, "SELECT RELEASE_LOCK(?)");
    }

    private boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }
}
