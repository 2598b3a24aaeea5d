package dev.migrations.runtime;

import dev.migrations.graph.Revision;
import dev.migrations.ops.Operations;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A revision with its code, as the runner needs it.
 *
 * @param lockTimeout how long each statement may wait for a lock, or null for the database default
 * @param statementTimeout how long each statement may run, or null for the database default
 * @param checksum what the upgrade does, fingerprinted: see {@link Checksums}
 */
public record RevisionScript(Revision revision, Consumer<Operations> upgrade, Consumer<Operations> downgrade,
                             boolean transactional, Duration lockTimeout, Duration statementTimeout,
                             String checksum) {

    public String id() {
        return revision.id();
    }

    public String message() {
        return revision.message();
    }

    /** Whether this revision's code no longer does what it did when {@code row} recorded it as applied. */
    public boolean isEditedSince(VersionRow row) {
        return row.checksum() != null && !Checksums.matches(row.checksum(), checksum, upgrade);
    }
}
