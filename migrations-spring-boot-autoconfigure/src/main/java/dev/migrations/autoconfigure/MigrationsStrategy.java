package dev.migrations.autoconfigure;

/**
 * Replaces what happens to each migration set on start-up (by default: what {@code migrations.on-startup}
 * says). A bean of this type can, for example, validate first and upgrade only in some environments.
 */
@FunctionalInterface
public interface MigrationsStrategy {

    void migrate(MigrationSet set);
}
