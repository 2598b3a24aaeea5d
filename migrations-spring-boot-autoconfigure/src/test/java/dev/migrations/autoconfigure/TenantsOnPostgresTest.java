package dev.migrations.autoconfigure;

import dev.migrations.autoconfigure.actuate.tenantsapp.TenantsTestApplication;
import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupRequest;
import dev.migrations.backup.MigrationsBackup;
import dev.migrations.error.ConfigurationException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.tenant.Tenant;
import dev.migrations.tenant.MigrationTenants;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenants from a {@link MigrationTenants} bean: migrated on start, and a tenant the bean returns later (a sign-up)
 * migrated on demand; a tenant that fails on start stops the start, named with its revision.
 */
class TenantsOnPostgresTest {

    /** The tenant registry a service would read from its own table. */
    static final List<Tenant> REGISTRY = new CopyOnWriteArrayList<>();

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @BeforeEach
    void emptyDatabase() {
        db.reset();
        REGISTRY.clear();
    }

    @Test
    void aTenantSignedUpAtRunTimeIsMigratedOnDemand() {
        REGISTRY.addAll(List.of(Tenant.schema("acme"), Tenant.schema("globex")));
        try (ConfigurableApplicationContext context = start(TenantsTestApplication.class, Registry.class)) {
            MigrationSet set = context.getBean(MigrationSet.class);
            assertThat(set.tenants().parallelism()).as("Hikari's default pool of 10").isEqualTo(10);
            assertThat(set.tenants().status()).extracting(s -> s.tenant() + "@" + s.current())
                    .containsExactly("acme@[7e0a00000002]", "globex@[7e0a00000002]");

            db.execute("CREATE SCHEMA initech");
            REGISTRY.add(Tenant.schema("initech"));
            assertThat(set.tenants().upgradeTenant("initech").headsAfter()).containsExactly("7e0a00000002");
            assertThat(set.tenants().tenant("initech").current()).hasSize(1);
        }
    }

    @Test
    void aTenantFailingOnStartStopsTheStartNamingTheTenantAndTheRevision() {
        db.execute("CREATE SCHEMA globex", "CREATE TABLE globex.accounts (id INT)");
        REGISTRY.addAll(List.of(Tenant.schema("acme"), Tenant.schema("globex"), Tenant.schema("initech")));

        assertThatThrownBy(() -> start(TenantsTestApplication.class, Registry.class).close())
                .satisfies(failure -> StartupFailure.assertCause(failure, MigrationFailedException.class)
                        .hasMessageContaining("tenant globex: ")
                        .hasMessageContaining("7e0a00000001"));
    }

    @Test
    void aRegistryTheSharedSetCreatesExistsBeforeTheTenantsAreAskedFor() {
        try (ConfigurableApplicationContext context = start(Map.of(
                "migrations.sets.shared.packages", "dev.migrations.autoconfigure.tenantregistry",
                "migrations.sets.shared.table", "shared_migrations_version"), TenantsTestApplication.class,
                RegistryTable.class)) {
            MigrationSet tenantSet = context.getBean("migrationSet", MigrationSet.class);
            assertThat(tenantSet.tenants().status()).extracting(s -> s.tenant() + "@" + s.current())
                    .containsExactly("acme@[7e0a00000002]", "globex@[7e0a00000002]");
            assertThat(db.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                    .containsExactlyInAnyOrder("tenant_registry", "shared_migrations_version",
                            "shared_migrations_version_audit");
        }
    }

    @Test
    void backupOnUpgradeBacksUpTheSchemaTenantsDatabaseOnceBeforeAStartWithSomethingPending() {
        Map<String, Object> properties = Map.of("migrations.tenants.schemas", "acme,globex,initech",
                "migrations.backup.on-upgrade", "true");
        for (int start = 0; start < 2; start++) {
            start(properties, TenantsTestApplication.class, RecordedBackups.class).close();
        }

        assertThat(RecordedBackups.REQUESTS).as("one backup for three tenants; none when nothing is pending")
                .singleElement().satisfies(request -> assertThat(request.reason())
                        .isEqualTo("before upgrading 3 schema tenants to heads (acme has revisions pending)"));
        assertThat(db.strings("SELECT count(*) FROM initech.migrations_version")).containsExactly("2");
    }

    /** A backup that records each request instead of dumping, as a snapshot API's bean would receive them. */
    @Configuration(proxyBeanMethods = false)
    static class RecordedBackups {

        static final List<BackupRequest> REQUESTS = new CopyOnWriteArrayList<>();

        @Bean
        MigrationsBackup recordingBackup() {
            return request -> {
                REQUESTS.add(request);
                return new Backup("snapshot-" + REQUESTS.size(), "recorded");
            };
        }
    }

    @Test
    void aParallelismBelowOneIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> start(Map.of("migrations.tenants.schemas", "acme", "migrations.tenants.parallelism",
                "0"), TenantsTestApplication.class).close())
                .satisfies(failure -> StartupFailure.assertCause(failure, ConfigurationException.class)
                        .hasMessageContaining("migrations.tenants.parallelism is 0"));
    }

    private static ConfigurableApplicationContext start(Class<?>... sources) {
        return start(Map.of(), sources);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> more, Class<?>... sources) {
        SpringApplication application = new SpringApplication(sources);
        Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.user(), "spring.datasource.password", db.password(),
                "spring.main.web-application-type", "none"));
        properties.putAll(more);
        application.setDefaultProperties(properties);
        return application.run();
    }

    /** Tenants from the registry table the shared set creates, read through a client of its own. */
    @Configuration(proxyBeanMethods = false)
    static class RegistryTable {

        @Bean
        MigrationTenants migrationTenants(DataSource dataSource) {
            JdbcClient registry = JdbcClient.create(dataSource);
            return () -> registry.sql("SELECT name FROM public.tenant_registry ORDER BY name").query(String.class)
                    .list().stream().map(Tenant::schema).toList();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {

        @Bean
        MigrationTenants migrationTenants() {
            return () -> REGISTRY;
        }
    }
}
