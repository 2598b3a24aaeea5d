package dev.migrations.runtime;

import java.time.Instant;
import java.util.List;

/**
 * One row of the version table.
 *
 * @param progress where an interrupted batched update stopped, as {@code operationIndex:lastKey}, or null
 * @param error why a non-atomic revision failed, or null
 * @param sourceFingerprint the digest of the source file the checksum was computed or last verified from, or null
 */
public record VersionRow(String revision, List<String> revises, String message, String checksum, RowState state,
                         Instant appliedAt, String appliedBy, long executionMillis, String progress, String error,
                         String sourceFingerprint) {

    public VersionRow {
        revises = List.copyOf(revises);
    }

    /** A row that records no source fingerprint. */
    public VersionRow(String revision, List<String> revises, String message, String checksum, RowState state,
                      Instant appliedAt, String appliedBy, long executionMillis, String progress, String error) {
        this(revision, revises, message, checksum, state, appliedAt, appliedBy, executionMillis, progress, error, null);
    }

    public boolean isApplied() {
        return state == RowState.APPLIED;
    }
}
