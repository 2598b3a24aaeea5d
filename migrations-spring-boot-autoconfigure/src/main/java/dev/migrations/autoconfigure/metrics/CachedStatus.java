package dev.migrations.autoconfigure.metrics;

import dev.migrations.Migrations;
import dev.migrations.RevisionState;
import dev.migrations.StatusReport;
import io.micrometer.core.instrument.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * One migration set's status, read at most once per time-to-live, so that gauges scraped often (or by several
 * registries) cost the database one small query every few seconds at most. A failed read yields no values
 * (NaN) until the next read, rather than an exception in the scrape.
 */
final class CachedStatus {

    private static final Logger log = LoggerFactory.getLogger(CachedStatus.class);

    private final Migrations migrations;
    private final long timeToLiveNanos;
    private final Clock clock;
    private StatusReport report;
    private long readAt;
    private boolean everRead;

    CachedStatus(Migrations migrations, Duration timeToLive, Clock clock) {
        this.migrations = migrations;
        this.timeToLiveNanos = timeToLive.toNanos();
        this.clock = clock;
    }

    /** Revisions of the code not yet applied. */
    synchronized double pending() {
        StatusReport current = current();
        return current == null ? Double.NaN : current.pending();
    }

    /** Revisions of the code recorded as applied, including those edited since. */
    synchronized double applied() {
        StatusReport current = current();
        return current == null ? Double.NaN : current.revisions().stream()
                .filter(r -> r.state() == RevisionState.APPLIED || r.state() == RevisionState.CHECKSUM_MISMATCH)
                .count();
    }

    private StatusReport current() {
        long now = clock.monotonicTime();
        if (!everRead || now - readAt >= timeToLiveNanos) {
            everRead = true;
            readAt = now;
            try {
                report = migrations.status();
            } catch (RuntimeException e) {
                log.debug("Could not read the migration status for the gauges: {}", e.toString());
                report = null;
            }
        }
        return report;
    }
}
