package dev.migrations.tenant;

import java.util.Arrays;
import java.util.List;

/**
 * Where the tenants come from: asked each time a tenant set runs or a tenant is looked up, so a tenant added at run
 * time (a sign-up) is found without a restart.
 */
@FunctionalInterface
public interface MigrationTenants {

    List<Tenant> tenants();

    /** A fixed list of schemas of the set's DataSource, each a tenant of the same name. */
    static MigrationTenants schemas(String... schemas) {
        List<Tenant> tenants = Arrays.stream(schemas).map(Tenant::schema).toList();
        return () -> tenants;
    }
}
