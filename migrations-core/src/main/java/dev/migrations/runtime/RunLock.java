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
 * Holds the migration lock for one run, on a connection of its own. The database releases it when that
 * connection ends, so a runner that crashes leaves nothing behind.
 */
final class RunLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final Connection connection;
    private final MigrationLock lock;

    private RunLock(Connection connection, MigrationLock lock) {
        this.connection = connection;
        this.lock = lock;
    }

    /** Waits for the lock, polling, up to {@code timeout}. */
    static RunLock acquire(DataSource dataSource, Dialect dialect, String schema, String table, Duration timeout) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            MigrationLock lock = dialect.lock(schema, table);
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
            return new RunLock(connection, lock);
        } catch (SQLException e) {
            close(connection);
            throw new DatabaseAccessException("Could not take the migration lock of " + table + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(connection);
            throw new LockTimeoutException("Interrupted while waiting for the migration lock of " + table);
        } catch (RuntimeException e) {
            close(connection);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release(connection);
        } catch (SQLException e) {
            log.warn("Could not release the migration lock; closing its connection releases it: {}", e.getMessage());
        } finally {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the lock goes with the connection either way
            }
        }
    }
}
