package dev.migrations.dialect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PostgreSQL session advisory lock. It belongs to the connection's server process, outside any
 * transaction, so it holds across the revisions' commits and the server releases it by itself when the
 * connection ends, however it ends: a crashed runner never leaves it behind.
 */
final class PostgresAdvisoryLock implements MigrationLock {

    private final long key;

    PostgresAdvisoryLock(long key) {
        this.key = key;
    }

    /** The lock for a scope such as {@code "public.migrations_version"}: the same key on every run and replica. */
    static PostgresAdvisoryLock forScope(String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("migrations:" + scope).getBytes(StandardCharsets.UTF_8));
            return new PostgresAdvisoryLock(ByteBuffer.wrap(digest).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    long key() {
        return key;
    }

    @Override
    public boolean tryAcquire(Connection connection) throws SQLException {
        return call(connection, "SELECT pg_try_advisory_lock(?)");
    }

    @Override
    public void release(Connection connection) throws SQLException {
        call(connection, "SELECT pg_advisory_unlock(?)");
    }

    private boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
