package dev.migrations.autoconfigure;

import dev.migrations.Migrations;

import java.util.Objects;

/**
 * One independent set of migrations: its revisions, its DataSource and its version table, wrapped in a
 * {@link Migrations}. An application has the {@code default} set, and one more per
 * {@code migrations.sets.<name>}. Each set is a bean, which the endpoint, health and metrics read.
 *
 * @param name the set's name: {@code default}, or the key under {@code migrations.sets}
 * @param target the revision the set is upgraded to on start-up ({@code heads} unless configured)
 */
public record MigrationSet(String name, Migrations migrations, String target) {

    public static final String DEFAULT = "default";

    public MigrationSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(target, "target");
    }
}
