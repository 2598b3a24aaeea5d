package dev.migrations.runtime;

import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.LockTimeoutException;
import dev.migrations.dialect.Dialect;
import dev.migrations.dialect.MigrationLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Holds the migration lock for one run. A session's lock (PostgreSQL's advisory lock, MariaDB's named lock) is
 * held by the connection that migrates, so one connection is all a run needs, as a pool of one allows; H2's lock,
 * a transaction, by a connection of its own. The database releases it when that connection ends, so a runner that
 * crashes leaves nothing behind.
 */
final class RunLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final Connection connection;
    private final boolean ownConnection;
    private final MigrationLock lock;

    private RunLock(Connection connection, boolean ownConnection, MigrationLock lock) {
        this.connection = connection;
        this.ownConnection = ownConnection;
        this.lock = lock;
    }

    /** Waits for the lock, polling, up to {@code timeout}; {@code working} is the connection that migrates. */
    static RunLock acquire(DataSource dataSource, Connection working, Dialect dialect, String schema, String table,
                           Duration timeout) {
        MigrationLock lock = dialect.lock(schema, table);
        boolean ownConnection = lock.needsConnectionOfItsOwn();
        Connection connection = ownConnection ? ownConnection(dataSource, table) : working;
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            long pause = 50;
            boolean announced = false;
            while (!lock.tryAcquire(connection)) {
                if (System.nanoTime() >= deadline) {
                    throw new LockTimeoutException("Could not take the migration lock of version table " + table
                            + " within " + timeout.toSeconds() + " s: another runner holds it and is still migrating. "
                            + "Wait for it to finish, or raise the lock wait timeout (lockWaitTimeout; in Spring Boot "
                            + "migrations.lock-wait-timeout). A crashed runner never holds it: "
                            + "the database releases the lock with its connection.");
                }
                if (!announced) {
                    log.info("Waiting for the migration lock of {}: another runner is migrating", table);
                    announced = true;
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 500);
            }
            return new RunLock(connection, ownConnection, lock);
        } catch (SQLException e) {
            closeOwn(connection, ownConnection);
            throw new DatabaseAccessException("Could not take the migration lock of " + table + ": " + e.getMessage()
                    + SqlCauses.remedy(e, dialect).map(". "::concat).orElse(""), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeOwn(connection, ownConnection);
            throw new LockTimeoutException("Interrupted while waiting for the migration lock of " + table);
        } catch (RuntimeException e) {
            closeOwn(connection, ownConnection);
            throw e;
        }
    }

    private static Connection ownConnection(DataSource dataSource, String table) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseAccessException("Could not take the migration lock of " + table + ": " + e.getMessage()
                    + ". The lock takes a second connection of the DataSource besides the one that migrates: a pool "
                    + "needs at least two.", e);
        }
    }

    /**
     * Releases the lock. On the connection that migrates, a transaction a failure left open is rolled back first:
     * PostgreSQL refuses every statement in a failed transaction, the release included, and a pooled connection
     * would go on holding the lock for as long as the pool keeps it.
     */
    @Override
    public void close() {
        try {
            if (!ownConnection && !connection.getAutoCommit()) {
                connection.rollback();
            }
            lock.release(connection);
        } catch (SQLException e) {
            log.warn("Could not release the migration lock: {}. The database releases it when the connection "
                    + "closes.", e.getMessage());
        } finally {
            closeOwn(connection, ownConnection);
        }
    }

    private static void closeOwn(Connection connection, boolean ownConnection) {
        if (connection != null && ownConnection) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the lock goes with the connection either way
            }
        }
    }
}
