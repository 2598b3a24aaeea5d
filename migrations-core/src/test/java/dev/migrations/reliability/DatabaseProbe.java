package dev.migrations.reliability;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a PostgreSQL or MariaDB test database holds, with plain SQL on a connection of its own: the tables of
 * the current schema, the version table's rows, the audit, and the server's view of locks and sessions. The tests
 * check the library with these eyes, never with its own readers.
 */
public final class DatabaseProbe {

    static final String VERSION_TABLE = "migrations_version";
    static final String AUDIT_TABLE = "migrations_version_audit";
    /** The name the library's MariaDB lock takes for this database's version table, as MariaDbNamedLock names it. */
    private static final String MIGRATION_LOCK_OF_MARIADB =
            "CONCAT('migrations:', LEFT(SHA2(CONCAT(DATABASE(), '.', '" + VERSION_TABLE + "'), 256), 40))";

    private final DataSource dataSource;
    private final boolean mariaDb;

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
        this.mariaDb = query("SELECT VERSION()", rs -> rs.next() && rs.getString(1).contains("MariaDB"));
    }

    /** The tables of the current schema, the version and audit tables included. */
    Set<String> tables() {
        return new TreeSet<>(strings("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = " + (mariaDb ? "DATABASE()" : "current_schema()") + " AND table_type = 'BASE TABLE'"));
    }

    /** The tables of the current schema other than the version and audit tables. */
    Set<String> userTables() {
        Set<String> tables = tables();
        tables.remove(VERSION_TABLE);
        tables.remove(AUDIT_TABLE);
        return tables;
    }

    boolean hasVersionTable() {
        return tables().contains(VERSION_TABLE);
    }

    /** Revision to state, as the version table records them; empty when there is no version table. */
    Map<String, String> versionRows() {
        Map<String, String> rows = new LinkedHashMap<>();
        if (!hasVersionTable()) {
            return rows;
        }
        query("SELECT revision, state FROM " + VERSION_TABLE + " ORDER BY revision", rs -> {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
            return null;
        });
        return rows;
    }

    /** "revision action" for every audit row, oldest first; empty when there is no audit table. */
    List<String> audit() {
        if (!tables().contains(AUDIT_TABLE)) {
            return List.of();
        }
        return strings("SELECT CONCAT(revision, ' ', action) FROM " + AUDIT_TABLE + " ORDER BY id");
    }

    long count(String sql, Object... parameters) {
        return query(sql, rs -> {
            rs.next();
            return rs.getLong(1);
        }, parameters);
    }

    /**
     * Advisory locks held or awaited in this database, by any session. On MariaDB, whose named locks the server
     * does not list, whether the migration lock of the version table is held (1) or free (0).
     */
    public long advisoryLocks() {
        if (mariaDb) {
            return count("SELECT COUNT(*) FROM (SELECT IS_USED_LOCK(" + MIGRATION_LOCK_OF_MARIADB + ") AS holder) l"
                    + " WHERE holder IS NOT NULL");
        }
        return count("SELECT COUNT(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                + "WHERE l.locktype = 'advisory' AND d.datname = current_database()");
    }

    /**
     * Server sessions on this database whose application_name is {@code applicationName}; on MariaDB, which has no
     * such name, every other session on this database.
     */
    long sessions(String applicationName) {
        if (mariaDb) {
            return count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
                    + " AND ID <> CONNECTION_ID()");
        }
        return count("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name = ?", applicationName);
    }

    /**
     * Waits until the server has ended every session of a killed client. PostgreSQL notices a vanished client
     * when it next reads from its socket: at once for an idle session, after the running statement for a busy one.
     *
     * @return how long it took
     */
    Duration awaitSessionsGone(String applicationName, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (sessions(applicationName) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The server still has " + sessions(applicationName) + " session(s) of the "
                        + "killed client '" + applicationName + "' after " + timeout.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    List<String> strings(String sql) {
        return query(sql, rs -> {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        });
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Reader<T> reader, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
