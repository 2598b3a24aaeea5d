package dev.migrations.autoconfigure.metrics;

import dev.migrations.Migrations;
import dev.migrations.autoconfigure.MigrationsCustomizer;

import java.util.List;

/**
 * Attaches to each migration set one listener per kind of available instrumentation (meters, observations). The
 * builder adds listeners to the application's own and contains any failure of theirs.
 */
final class MigrationsListenerCustomizer implements MigrationsCustomizer {

    private final List<SetListenerFactory> instrumentation;

    MigrationsListenerCustomizer(List<SetListenerFactory> instrumentation) {
        this.instrumentation = List.copyOf(instrumentation);
    }

    @Override
    public void customize(String setName, Migrations.Builder builder) {
        instrumentation.forEach(factory -> builder.listener(factory.forSet(setName)));
    }
}
