package dev.migrations.runtime;

import java.time.Instant;
import java.util.List;

/**
 * One row of the version table.
 *
 * @param progress where an interrupted batched update stopped, as {@code operationIndex:lastKey}, or null
 * @param error why a non-atomic revision failed, or null
 */
public record VersionRow(String revision, List<String> revises, String message, String checksum, RowState state,
                         Instant appliedAt, String appliedBy, long executionMillis, String progress, String error) {

    public VersionRow {
        revises = List.copyOf(revises);
    }

    public boolean isApplied() {
        return state == RowState.APPLIED;
    }
}
