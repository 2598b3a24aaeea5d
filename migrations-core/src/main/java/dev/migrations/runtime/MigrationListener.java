package dev.migrations.runtime;

/** Receives the runner's events, synchronously, on the migrating thread. */
@FunctionalInterface
public interface MigrationListener {

    void onEvent(MigrationEvent event);

    /** Both listeners, this one first. */
    default MigrationListener andThen(MigrationListener next) {
        return event -> {
            onEvent(event);
            next.onEvent(event);
        };
    }
}
