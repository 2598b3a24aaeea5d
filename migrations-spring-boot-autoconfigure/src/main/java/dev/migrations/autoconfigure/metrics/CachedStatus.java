package dev.migrations.autoconfigure.metrics;

import dev.migrations.Migrations;
import dev.migrations.RevisionState;
import dev.migrations.StatusReport;
import io.micrometer.core.instrument.Clock;

import java.time.Duration;

/** One migration set's status, read at most once per time-to-live ({@link CachedRead}). */
final class CachedStatus {

    private final CachedRead<StatusReport> report;

    CachedStatus(Migrations migrations, Duration timeToLive, Clock clock) {
        this.report = new CachedRead<>(migrations::status, timeToLive, clock);
    }

    /** Revisions of the code not yet applied. */
    double pending() {
        StatusReport current = report.get();
        return current == null ? Double.NaN : current.pending();
    }

    /** Revisions of the code recorded as applied, including those edited since. */
    double applied() {
        StatusReport current = report.get();
        return current == null ? Double.NaN : current.revisions().stream()
                .filter(r -> r.state() == RevisionState.APPLIED || r.state() == RevisionState.CHECKSUM_MISMATCH)
                .count();
    }
}
