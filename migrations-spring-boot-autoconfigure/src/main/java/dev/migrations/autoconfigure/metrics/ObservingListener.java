package dev.migrations.autoconfigure.metrics;

import dev.migrations.runtime.MigrationEvent;
import dev.migrations.runtime.MigrationListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Wraps each step of one migration set in an Observation named {@code migrations.step}: low-cardinality keys set,
 * direction and outcome, high-cardinality key revision. The runner reports a step's events synchronously on the
 * migrating thread, so the observation is started and put in scope on Started (whatever the step does on that
 * thread, such as JDBC calls, becomes its child) and closed and stopped on Succeeded or Failed.
 */
final class ObservingListener implements MigrationListener {

    static final String NAME = "migrations.step";

    private final String setName;
    private final Supplier<ObservationRegistry> registry;
    private final Map<String, Observation.Scope> open = new ConcurrentHashMap<>();

    /** @param registry looked up at each step, for the reason {@link MeterRecordingListener} gives */
    ObservingListener(String setName, Supplier<ObservationRegistry> registry) {
        this.setName = setName;
        this.registry = registry;
    }

    @Override
    public void onEvent(MigrationEvent event) {
        if (event instanceof MigrationEvent.Started) {
            start(event);
        } else if (event instanceof MigrationEvent.Succeeded) {
            stop(event, "success", null);
        } else if (event instanceof MigrationEvent.Failed failed) {
            stop(event, "failure", failed.error());
        }
    }

    private void start(MigrationEvent event) {
        ObservationRegistry observations = registry.get();
        if (observations == null) {
            return;
        }
        String direction = event.direction().name().toLowerCase(Locale.ROOT);
        Observation observation = Observation.createNotStarted(NAME, observations)
                .contextualName("migrations " + direction + " " + event.revision())
                .lowCardinalityKeyValue("set", setName)
                .lowCardinalityKeyValue("direction", direction)
                .highCardinalityKeyValue("revision", event.revision())
                .start();
        open.put(event.revision(), observation.openScope());
    }

    private void stop(MigrationEvent event, String outcome, Throwable error) {
        Observation.Scope scope = open.remove(event.revision());
        if (scope == null) {
            return;
        }
        Observation observation = scope.getCurrentObservation();
        scope.close();
        observation.lowCardinalityKeyValue("outcome", outcome);
        if (error != null) {
            observation.error(error);
        }
        observation.stop();
    }
}
