package dev.migrations.autoconfigure;

import dev.migrations.Migrations;
import dev.migrations.error.UsageException;
import dev.migrations.tenant.Tenant;
import dev.migrations.tenant.TenantMigrations;

import java.util.Objects;

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

    /** This set acting on one of its tenants, for any command. */
    public MigrationSet forTenant(String tenant) {
        if (tenants == null) {
            throw new UsageException("Migration set '" + name + "' has no tenants, so --tenant " + tenant
                    + " names nothing: declare them with migrations.tenants.schemas or a MigrationTenants bean, or "
                    + "leave out --tenant.");
        }
        return new MigrationSet(name, tenants.tenant(tenant), target);
    }

    /** This set acting on one tenant the provider has already given, without asking it again. */
    public MigrationSet forTenant(Tenant tenant) {
        Objects.requireNonNull(tenants, "a set without tenants");
        return new MigrationSet(name, tenants.migrationsOf(tenant), target);
    }
}
