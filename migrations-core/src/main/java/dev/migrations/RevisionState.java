package dev.migrations;

import dev.migrations.error.Remedies;

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
    UNKNOWN_IN_CODE;

    /**
     * What to do about {@code revision} in this state, in one or two sentences: the same words wherever a state is
     * shown or refused; empty when nothing needs doing.
     */
    public String remedy(String revision) {
        return switch (this) {
            case APPLIED -> "";
            case PENDING -> "Run `migrations upgrade`.";
            case RUNNING -> "Unless another instance is running it now, it was interrupted. " + Remedies.incomplete(revision);
            case FAILED -> "Fix the cause. " + Remedies.incomplete(revision);
            case CHECKSUM_MISMATCH -> Remedies.edited(revision);
            case UNKNOWN_IN_CODE -> Remedies.unknownInCode(revision);
        };
    }
}
