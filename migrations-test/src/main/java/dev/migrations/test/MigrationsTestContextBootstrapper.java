package dev.migrations.test;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

import java.util.stream.Stream;

/**
 * Bootstraps {@link MigrationsTest}, reading its {@code properties}, after which Hibernate is told to leave the
 * schema alone.
 */
class MigrationsTestContextBootstrapper extends TestSliceTestContextBootstrapper<MigrationsTest> {

    /**
     * The database is empty when the slice's context starts, until the checks run the migrations: Hibernate's
     * validation (the {@code ddl-auto=validate} an application usually sets) would fail there, and its create or
     * update would make tables no migration made. The entity check runs Hibernate's validation itself, at the heads.
     * The test's own {@code properties} come after, so a test may still set them otherwise.
     */
    static final String[] SCHEMA_LEFT_TO_THE_MIGRATIONS = {"spring.jpa.hibernate.ddl-auto=none",
            "spring.jpa.properties.hibernate.hbm2ddl.auto=none"};

    @Override
    protected String[] getProperties(Class<?> testClass) {
        String[] own = super.getProperties(testClass);
        return Stream.concat(Stream.of(SCHEMA_LEFT_TO_THE_MIGRATIONS), own == null ? Stream.empty() : Stream.of(own))
                .toArray(String[]::new);
    }
}
