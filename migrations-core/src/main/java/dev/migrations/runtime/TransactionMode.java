package dev.migrations.runtime;

/** How a run groups its revisions into transactions. */
public enum TransactionMode {
    /** Each revision in its own transaction: a failure keeps the revisions before it. */
    PER_REVISION,
    /** The whole run in one transaction: a failure keeps nothing of the run. */
    SINGLE
}
