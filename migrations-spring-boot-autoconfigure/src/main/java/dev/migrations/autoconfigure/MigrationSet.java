package dev.migrations.autoconfigure;

import dev.migrations.Migrations;
import dev.migrations.error.UsageException;
import dev.migrations.tenant.TenantMigrations;

import java.util.Objects;
import java.util.Optional;

/**
 * One independent set of migrations: its revisions, its DataSource and its version table, wrapped in a
 * {@link Migrations}. An application has the {@code default} set, and one more per
 * {@code migrations.sets.<name>}. Each set is a bean, which the endpoint, health and metrics read.
 *
 * @param name the set's name: {@code default}, or the key under {@code migrations.sets}
 * @param target the revision the set is upgraded to on start-up ({@code heads} unless configured)
 * @param tenants the set's tenants, each migrated in its own schema or database, or null for a set that migrates
 *        its own DataSource
 */
public record MigrationSet(String name, Migrations migrations, String target, TenantMigrations tenants) {

    public static final String DEFAULT = "default";

    public MigrationSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(target, "target");
    }

    public MigrationSet(String name, Migrations migrations, String target) {
        this(name, migrations, target, null);
    }

    /** The set's tenants, when it has them (migrations.tenants.*, or a MigrationTenants bean). */
    public Optional<TenantMigrations> tenantSet() {
        return Optional.ofNullable(tenants);
    }

    /** This set acting on one of its tenants, for any command. */
    public MigrationSet forTenant(String tenant) {
        if (tenants == null) {
            throw new UsageException("Migration set '" + name + "' has no tenants, so --tenant " + tenant
                    + " names nothing: declare them with migrations.tenants.schemas or a MigrationTenants bean, or "
                    + "leave out --tenant.");
        }
        return new MigrationSet(name, tenants.tenant(tenant), target);
    }
}
