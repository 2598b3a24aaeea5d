package dev.migrations.runtime;

import dev.migrations.graph.Revision;
import dev.migrations.ops.Operations;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A revision with its code, as the runner needs it. The code may be deferred: a revision read from the build-time
 * index is known by its declaration, and its class is loaded, instantiated and checksummed only when something needs
 * its operations: running it, or verifying it when its source fingerprint does not vouch for it.
 */
public final class RevisionScript {

    private final Revision revision;
    private final boolean transactional;
    private final Duration lockTimeout;
    private final Duration statementTimeout;
    private final String sourceFingerprint;
    private final Supplier<Body> loader;
    private volatile Body body;

    /**
     * The code of a revision once loaded.
     *
     * @param checksum what the upgrade does, fingerprinted: see {@link Checksums}
     */
    public record Body(Consumer<Operations> upgrade, Consumer<Operations> downgrade, String checksum) {
    }

    /**
     * @param lockTimeout how long each statement may wait for a lock, or null for the database default
     * @param statementTimeout how long each statement may run, or null for the database default
     * @param sourceFingerprint the digest of the revision's source file from the build-time index, or null
     * @param loader loads the code, once, when it is first needed
     */
    public RevisionScript(Revision revision, boolean transactional, Duration lockTimeout, Duration statementTimeout,
                          String sourceFingerprint, Supplier<Body> loader) {
        this.revision = Objects.requireNonNull(revision, "revision");
        this.transactional = transactional;
        this.lockTimeout = lockTimeout;
        this.statementTimeout = statementTimeout;
        this.sourceFingerprint = sourceFingerprint == null || sourceFingerprint.isEmpty() ? null : sourceFingerprint;
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** A revision whose code is at hand. */
    public RevisionScript(Revision revision, Consumer<Operations> upgrade, Consumer<Operations> downgrade,
                          boolean transactional, Duration lockTimeout, Duration statementTimeout, String checksum) {
        this(revision, transactional, lockTimeout, statementTimeout, null,
                () -> new Body(upgrade, downgrade, checksum));
    }

    public Revision revision() {
        return revision;
    }

    public String id() {
        return revision.id();
    }

    public String message() {
        return revision.message();
    }

    public boolean transactional() {
        return transactional;
    }

    public Duration lockTimeout() {
        return lockTimeout;
    }

    public Duration statementTimeout() {
        return statementTimeout;
    }

    /** The digest of the revision's source file as the build-time index recorded it, or null when unknown. */
    public String sourceFingerprint() {
        return sourceFingerprint;
    }

    public Consumer<Operations> upgrade() {
        return body().upgrade();
    }

    public Consumer<Operations> downgrade() {
        return body().downgrade();
    }

    /** The checksum in the current form; loads the code. */
    public String checksum() {
        return body().checksum();
    }

    /** Loads the code now, if it was not: to fail before anything is written when it cannot be. */
    public void load() {
        body();
    }

    /** Whether the code has been loaded, by running, rendering or verifying the revision. */
    public boolean isLoaded() {
        return body != null;
    }

    private Body body() {
        Body loaded = body;
        if (loaded == null) {
            synchronized (this) {
                loaded = body;
                if (loaded == null) {
                    loaded = Objects.requireNonNull(loader.get(), "loaded revision");
                    body = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * Whether this revision's code no longer does what it did when {@code row} recorded it as applied. A row whose
     * source fingerprint equals this revision's was applied (or verified) from the same source file, so the code is
     * not loaded to recompute its checksum; see docs/version-table.md for what that covers.
     */
    public boolean isEditedSince(VersionRow row) {
        if (row.checksum() == null) {
            return false;
        }
        if (sourceFingerprint != null && sourceFingerprint.equals(row.sourceFingerprint())) {
            return false;
        }
        return isChangedFrom(row);
    }

    /** As {@link #isEditedSince}, always from the loaded code: what {@code validate} and {@code check} compare. */
    public boolean isChangedFrom(VersionRow row) {
        return row.checksum() != null && !Checksums.matches(row.checksum(), checksum(), upgrade());
    }

    /**
     * Whether {@code row} should record this revision's source fingerprint: the code was loaded and matches the
     * recorded checksum, but the row names another source (or none), so that the next start need not load it.
     */
    public boolean vouchesFor(VersionRow row) {
        return sourceFingerprint != null && isLoaded() && row.isApplied()
                && !sourceFingerprint.equals(row.sourceFingerprint()) && !isChangedFrom(row);
    }
}
