package dev.migrations.runtime;

/** The state of a row in the version table. */
public enum RowState {
    /** The revision is applied. */
    APPLIED,
    /** A revision that cannot run atomically is running, or was interrupted while running. */
    RUNNING,
    /** A revision that cannot run atomically failed part-way. */
    FAILED,
    /** Marked by {@code repair}: the next upgrade runs the revision again, resuming its batched updates. */
    RETRY
}
