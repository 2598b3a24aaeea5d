package dev.migrations.autoconfigure;

import dev.migrations.Migrations;
import dev.migrations.error.ConfigurationException;
import dev.migrations.tenant.MigrationTenants;
import dev.migrations.tenant.TenantMigrations;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.ObjectProvider;

import javax.sql.DataSource;
import java.util.List;
import java.util.Objects;

/**
 * A set's tenants, when it has any: the schemas of {@code migrations.tenants.schemas} (or
 * {@code migrations.sets.<name>.tenants.schemas}), else, for the default set, the {@link MigrationTenants} bean.
 */
final class TenantSetFactory {

    /** The pool's maximum size, under the names of Boot's pools: Hikari, Tomcat's, DBCP2, Oracle UCP. */
    private static final List<String> POOL_SIZE_PROPERTIES = List.of("maximumPoolSize", "maxActive", "maxTotal",
            "maxPoolSize");
    private static final int PARALLELISM_WITHOUT_POOL = 2;

    private final MigrationsProperties properties;
    private final ObjectProvider<MigrationTenants> provider;

    TenantSetFactory(MigrationsProperties properties, ObjectProvider<MigrationTenants> provider) {
        this.properties = properties;
        this.provider = provider;
    }

    /** @return the tenant set, or null when the set migrates its own DataSource */
    TenantMigrations create(String setName, Migrations migrations, DataSource dataSource) {
        MigrationsProperties.TenantProperties tenants = properties.ofSet(setName).getTenants();
        MigrationTenants source = tenants.getSchemas().isEmpty()
                ? (MigrationSet.DEFAULT.equals(setName) ? provider.getIfAvailable() : null)
                : MigrationTenants.schemas(tenants.getSchemas().stream().map(String::strip).toArray(String[]::new));
        if (source == null) {
            return null;
        }
        int parallelism = Objects.requireNonNullElseGet(tenants.getParallelism(), () -> thePoolSize(dataSource));
        if (parallelism < 1) {
            String property = (MigrationSet.DEFAULT.equals(setName) ? "migrations" : "migrations.sets." + setName)
                    + ".tenants.parallelism";
            throw new ConfigurationException(property + " is " + parallelism
                    + ": set it to 1 or more (tenants migrated at once), or remove it for the pool's size.");
        }
        return TenantMigrations.builder(migrations, source).parallelism(parallelism)
                .failurePolicy(tenants.getFailurePolicy()).build();
    }

    /** Each tenant's run holds one connection, which also holds its lock: as many as the pool has never wait. */
    static int thePoolSize(DataSource dataSource) {
        BeanWrapper pool = new BeanWrapperImpl(dataSource);
        for (String property : POOL_SIZE_PROPERTIES) {
            if (pool.isReadableProperty(property) && pool.getPropertyValue(property) instanceof Integer size
                    && size > 0) {
                return size;
            }
        }
        return PARALLELISM_WITHOUT_POOL;
    }
}
