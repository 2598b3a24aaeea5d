package dev.migrations.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Bootstraps {@link MigrationsTest}, reading its {@code properties}. */
class MigrationsTestContextBootstrapper extends TestSliceTestContextBootstrapper<MigrationsTest> {
}
