package dev.migrations.runtime;

import java.time.Duration;

/** What the runner reports for each revision it runs; logging, metrics and tracing listen to these. */
public sealed interface MigrationEvent {

    String revision();

    String message();

    Direction direction();

    record Started(String revision, String message, Direction direction) implements MigrationEvent {
    }

    record Succeeded(String revision, String message, Direction direction, Duration duration) implements MigrationEvent {
    }

    record Failed(String revision, String message, Direction direction, Duration duration, Throwable error)
            implements MigrationEvent {
    }
}
