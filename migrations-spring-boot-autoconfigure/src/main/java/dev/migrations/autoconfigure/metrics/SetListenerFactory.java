package dev.migrations.autoconfigure.metrics;

import dev.migrations.runtime.MigrationListener;

/** Makes the listener one kind of instrumentation attaches to one migration set. */
@FunctionalInterface
interface SetListenerFactory {

    MigrationListener forSet(String setName);
}
