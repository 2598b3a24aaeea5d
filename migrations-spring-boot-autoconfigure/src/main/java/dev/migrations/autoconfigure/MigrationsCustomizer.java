package dev.migrations.autoconfigure;

import dev.migrations.Migrations;

/**
 * Adjusts how a migration set is built, after the properties are applied. Every bean of this type is
 * called, in order, for every set.
 */
@FunctionalInterface
public interface MigrationsCustomizer {

    void customize(String setName, Migrations.Builder builder);
}
