package dev.migrations.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A lock held by one connection for the length of a run. It must be released by the database itself
 * when that connection dies, so that a crashed runner never leaves it behind.
 */
public interface MigrationLock {

    /** Tries once, without waiting long; true when {@code connection} now holds the lock. */
    boolean tryAcquire(Connection connection) throws SQLException;

    void release(Connection connection) throws SQLException;

    /**
     * Whether the lock must be held by a connection of its own: true where it is a transaction, which the run's own
     * commits would end. A session's lock is held by the connection that migrates, so that a pool of one
     * connection is enough.
     */
    default boolean needsConnectionOfItsOwn() {
        return false;
    }
}
