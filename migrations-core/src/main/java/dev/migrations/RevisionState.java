package dev.migrations;

/** The state of one revision, as status, history and the Actuator endpoint show it. */
public enum RevisionState {
    /** Applied, and the code still does what it did then. */
    APPLIED,
    /** In the code, not yet applied (or marked for a retry by {@code repair}). */
    PENDING,
    /** A revision that runs outside a transaction is running now, or was interrupted while running. */
    RUNNING,
    /** A revision that runs outside a transaction failed part-way; see {@code repair}. */
    FAILED,
    /** Applied, but edited since: what it does differs from what was applied. */
    CHECKSUM_MISMATCH,
    /** Recorded in the database, absent from the code: the database is ahead of the code. */
    UNKNOWN_IN_CODE
}
