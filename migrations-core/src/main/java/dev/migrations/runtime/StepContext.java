package dev.migrations.runtime;

import java.sql.SQLException;

/** What the executing sink asks of the step it runs in. */
interface StepContext {

    /** Called before an autocommit block commits the revision's transaction so far. */
    void beforeAutocommit() throws SQLException;

    /** The last committed batch of the operation at {@code operationIndex}, or null to start from the beginning. */
    String resumeKey(int operationIndex);

    /** Records that the batched update at {@code operationIndex} committed every key up to {@code lastKey}. */
    void checkpoint(int operationIndex, Object lastKey) throws SQLException;

    /** Whether the revision runs outside a transaction, so that each batch may commit on its own. */
    boolean autocommit();
}
