package dev.migrations.autoconfigure.metrics;

import dev.migrations.runtime.MigrationEvent;
import dev.migrations.runtime.MigrationListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Records each step of one migration set: the timer {@code migrations.execution} (tags set, revision, direction,
 * outcome) and, on failure, the counter {@code migrations.failures} (tags set, revision).
 */
final class MeterRecordingListener implements MigrationListener {

    static final String EXECUTION = "migrations.execution";
    static final String FAILURES = "migrations.failures";

    private final String setName;
    private final Supplier<MeterRegistry> registry;

    /**
     * @param registry looked up at each step, not when the set is built: the sets are built early in the refresh,
     *                 and asking for the registry then would force it (and what it needs) to be created first
     */
    MeterRecordingListener(String setName, Supplier<MeterRegistry> registry) {
        this.setName = setName;
        this.registry = registry;
    }

    @Override
    public void onEvent(MigrationEvent event) {
        if (event instanceof MigrationEvent.Succeeded succeeded) {
            time(event, succeeded.duration(), "success");
        } else if (event instanceof MigrationEvent.Failed failed) {
            time(event, failed.duration(), "failure");
            MeterRegistry meters = registry.get();
            if (meters != null) {
                Counter.builder(FAILURES)
                        .description("Revisions that failed to upgrade or downgrade")
                        .tags(Tags.of("set", setName, "revision", event.revision()))
                        .register(meters)
                        .increment();
            }
        }
    }

    private void time(MigrationEvent event, Duration duration, String outcome) {
        MeterRegistry meters = registry.get();
        if (meters == null) {
            return;
        }
        Timer.builder(EXECUTION)
                .description("Time taken to upgrade or downgrade one revision")
                .tags(Tags.of("set", setName, "revision", event.revision(),
                        "direction", event.direction().name().toLowerCase(Locale.ROOT), "outcome", outcome))
                .register(meters)
                .record(duration);
    }
}
