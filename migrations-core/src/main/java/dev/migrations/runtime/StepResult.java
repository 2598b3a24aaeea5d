package dev.migrations.runtime;

import java.time.Duration;

/** One revision run by an upgrade or downgrade. */
public record StepResult(String revision, String message, Direction direction, Duration duration) {
}
