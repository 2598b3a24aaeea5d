package dev.migrations.runtime;

import java.sql.SQLException;

/** What the executing sink asks of the step it runs in. */
interface StepContext {

    /** Called before an autocommit block commits the revision's transaction so far. */
    void beforeAutocommit() throws SQLException;

    /** The last committed batch of the operation at {@code operationIndex}, or null to start from the beginning. */
    String resumeKey(int operationIndex);

    /**
     * Writes, in the batch's own transaction, that the batched update at {@code operationIndex} has done every key
     * up to {@code lastKey}.
     */
    void checkpoint(int operationIndex, Object lastKey) throws SQLException;

    /** The batch and its checkpoint are committed: from now on a failure resumes after {@code lastKey}. */
    void checkpointCommitted(int operationIndex, Object lastKey);

    /** Whether the revision runs outside a transaction, so that each batch may commit on its own. */
    boolean autocommit();
}
