package dev.migrations.reliability;

import dev.migrations.fixtures.TenantStory;
import dev.migrations.tenant.FailurePolicy;
import dev.migrations.tenant.MigrationTenants;
import dev.migrations.tenant.TenantMigrations;

import javax.sql.DataSource;

/**
 * A tenant set upgraded in a JVM of its own, printing a line per finished tenant, so that a test can kill it
 * part-way or start several at once.
 *
 * <p>Arguments: JDBC URL, user, password, number of tenants, parallelism, application name.
 */
public final class TenantsUpgradeMain {

    private TenantsUpgradeMain() {
    }

    public static void main(String[] args) {
        DataSource dataSource = ChildJvm.dataSource(args[0], args[1], args[2], args[5]);
        TenantMigrations tenants = TenantMigrations.builder(TenantStory.migrations(dataSource),
                        MigrationTenants.schemas(TenantStory.schemas(Integer.parseInt(args[3])).toArray(String[]::new)))
                .parallelism(Integer.parseInt(args[4])).failurePolicy(FailurePolicy.CONTINUE).build();
        tenants.upgrade("heads", progress -> System.out.println("finished " + progress.finished() + " "
                + progress.latest().tenant().name())).requireSuccess();
        System.out.println("done");
    }
}
