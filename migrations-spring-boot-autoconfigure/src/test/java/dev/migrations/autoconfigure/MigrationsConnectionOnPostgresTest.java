package dev.migrations.autoconfigure;

import dev.migrations.autoconfigure.jpaapp.ItemRepository;
import dev.migrations.autoconfigure.jpaapp.JpaTestApplication;
import dev.migrations.autoconfigure.nodatasource.NoDataSourceApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The least-privilege set-up: the application connects as a user that only reads and writes data, the migrations
 * (migrations.user) as the user that owns the schema.
 */
class MigrationsConnectionOnPostgresTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase reporting = TestDatabase.postgres();

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String owner = "owner_" + suffix;
    private final String app = "app_" + suffix;

    @BeforeEach
    void roles() {
        db.reset();
        db.execute("CREATE ROLE " + owner + " LOGIN", "CREATE ROLE " + app + " LOGIN",
                "GRANT USAGE, CREATE ON SCHEMA public TO " + owner, "GRANT USAGE ON SCHEMA public TO " + app,
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA public "
                        + "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + app,
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + owner + " IN SCHEMA public GRANT USAGE ON SEQUENCES TO " + app);
    }

    @AfterEach
    void dropRoles() {
        reporting.execute("DROP OWNED BY " + owner);
        db.execute("DROP OWNED BY " + owner, "DROP OWNED BY " + app, "DROP ROLE " + owner, "DROP ROLE " + app);
    }

    @Test
    void theMigrationsConnectAsTheOwnerWhileTheApplicationConnectsAsItsOwnUser() {
        try (ConfigurableApplicationContext context = start(Map.of("migrations.user", owner,
                "migrations.password", "owner-secret"))) {
            assertThat(db.strings("SELECT tablename || ' ' || tableowner FROM pg_tables WHERE schemaname = 'public' "
                    + "ORDER BY tablename")).containsExactly("catalog_items " + owner,
                    "migrations_version " + owner, "migrations_version_audit " + owner);
            assertThat(db.strings("SELECT DISTINCT split_part(applied_by, '@', 1) FROM migrations_version"))
                    .containsExactly(owner);
            assertThat(context.getBean(ItemRepository.class).count()).as("the application's own user reads the data")
                    .isEqualTo(2);
            assertThat(db.strings("SELECT has_schema_privilege('" + app + "', 'public', 'CREATE')"))
                    .containsExactly("f");
        }
    }

    /** An application on R2DBC has no JDBC DataSource: migrations.url gives the migrations one of their own. */
    @Test
    void anApplicationWithoutADataSourceMigratesThroughTheMigrationsUrl() {
        try (ConfigurableApplicationContext context = start(NoDataSourceApplication.class, Map.of(
                "spring.autoconfigure.exclude", DataSourceAutoConfiguration.class.getName(),
                "migrations.url", db.jdbcUrl(), "migrations.user", owner,
                "migrations.packages", "dev.migrations.autoconfigure.jpaapp.migrations"))) {
            assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
            assertThat(context.getBean(MigrationSet.class).migrations().current()).hasSize(1);
            assertThat(db.strings("SELECT name || ' ' || (SELECT tableowner FROM pg_tables "
                    + "WHERE tablename = 'catalog_items') FROM catalog_items ORDER BY id"))
                    .containsExactly("anvil " + owner, "rocket skates " + owner);
        }
    }

    /**
     * Two sets, each through its own URL to its own database, both keep the default version table's name: one name
     * in two databases is no clash, and each database gets only its set's tables.
     */
    @Test
    void setsWithTheirOwnUrlsToOtherDatabasesMayKeepOneVersionTableName() {
        reporting.reset();
        String audit = "dev.migrations.autoconfigure.scenarios.audit";
        try (ConfigurableApplicationContext context = start(NoDataSourceApplication.class, Map.of(
                "spring.autoconfigure.exclude", DataSourceAutoConfiguration.class.getName(),
                "migrations.url", db.jdbcUrl(), "migrations.user", owner,
                "migrations.packages", "dev.migrations.autoconfigure.jpaapp.migrations",
                "migrations.sets.reporting.url", reporting.jdbcUrl(),
                "migrations.sets.reporting.packages", audit))) {
            assertThat(context.getBeansOfType(MigrationSet.class)).hasSize(2);
            assertThat(db.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))
                    .containsExactly("catalog_items", "migrations_version", "migrations_version_audit");
            assertThat(reporting.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    + "ORDER BY tablename")).containsExactly("audit_log", "migrations_version",
                    "migrations_version_audit");
        }
    }

    /** The same beside the application's DataSource: the reporting set's URL names another database. */
    @Test
    void aSetWithItsOwnUrlBesideTheApplicationsDataSourceMayKeepTheVersionTableName() {
        reporting.reset();
        reporting.execute("GRANT USAGE, CREATE ON SCHEMA public TO " + owner);
        try (ConfigurableApplicationContext context = start(Map.of("migrations.user", owner,
                "migrations.sets.reporting.url", reporting.jdbcUrl(), "migrations.sets.reporting.user", owner,
                "migrations.sets.reporting.packages", "dev.migrations.autoconfigure.scenarios.audit"))) {
            assertThat(reporting.strings("SELECT revision FROM migrations_version")).containsExactly("aud1");
            assertThat(db.strings("SELECT count(*) FROM catalog_items")).containsExactly("2");
        }
    }

    /** A set whose own URL names the database the other set migrates, with the same table name, is refused. */
    @Test
    void aSetWhoseUrlNamesTheOtherSetsDatabaseWithTheSameTableIsRefused() {
        SpringApplication application = new SpringApplication(JpaTestApplication.class);
        application.setDefaultProperties(Map.of("spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", owner, "spring.main.web-application-type", "none",
                "migrations.sets.reporting.url", db.jdbcUrl(),
                "migrations.sets.reporting.packages", "dev.migrations.autoconfigure.scenarios.audit"));

        assertThatThrownBy(application::run).rootCause()
                .hasMessageContaining("Migration sets 'default' and 'reporting' share the version table "
                        + "migrations_version in one database")
                .hasMessageContaining("migrations.sets.reporting.table");
        assertThat(db.strings("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).isEmpty();
    }

    /** Without a DataSource and without migrations.url there is nothing to migrate, and nothing is configured. */
    @Test
    void withoutADataSourceOrAUrlTheMigrationsStayOut() {
        try (ConfigurableApplicationContext context = start(NoDataSourceApplication.class, Map.of(
                "spring.autoconfigure.exclude", DataSourceAutoConfiguration.class.getName(),
                "migrations.packages", "dev.migrations.autoconfigure.jpaapp.migrations"))) {
            assertThat(context.getBeanNamesForType(MigrationSet.class)).isEmpty();
        }
    }

    private ConfigurableApplicationContext start(Map<String, Object> more) {
        return start(JpaTestApplication.class, more);
    }

    private ConfigurableApplicationContext start(Class<?> source, Map<String, Object> more) {
        SpringApplication application = new SpringApplication(source);
        Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", app, "spring.datasource.password", "app-secret",
                "spring.main.web-application-type", "none"));
        properties.putAll(more);
        application.setDefaultProperties(properties);
        return application.run();
    }
}
