package dev.migrations.autoconfigure;

import dev.migrations.testing.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.r2dbc.core.DatabaseClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beans that query the database while the context starts find the schema migrated: Boot's JDBC accessors, and the
 * R2DBC ones of an application without a DataSource, depend on the migrations through the database-initialization
 * SPI, whatever order the beans are declared in.
 */
class DatabaseUsersWaitForMigrationsTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void beansUsingJdbcTemplateNamedParameterJdbcTemplateOrJdbcClientSeeTheMigratedSchema() {
        new ApplicationContextRunner()
                .withBean(DataSource.class, db::dataSource)
                // Declared before anything migrates: created first unless they wait.
                .withBean(CountsWithJdbcTemplate.class)
                .withBean(CountsWithNamedParameters.class)
                .withBean(CountsWithJdbcClient.class)
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
                .withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.linear")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CountsWithJdbcTemplate.class).items).isZero();
                    assertThat(context.getBean(CountsWithNamedParameters.class).items).isZero();
                    assertThat(context.getBean(CountsWithJdbcClient.class).items).isZero();
                });
    }

    /** Development seed data in Boot's data.sql fills the tables the migrations create: the scripts run after. */
    @Test
    void bootsSqlScriptsRunAfterTheMigrations(@TempDir Path scripts) throws IOException {
        Path seed = Files.writeString(scripts.resolve("data.sql"),
                "INSERT INTO items (id, name, price) VALUES (1, 'seed', 9.50);");
        new ApplicationContextRunner()
                .withBean(DataSource.class, db::dataSource)
                .withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class,
                        MigrationsAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
                .withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.linear",
                        "spring.sql.init.mode=always", "spring.sql.init.data-locations=" + seed.toUri())
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(JdbcTemplate.class)
                            .queryForObject("SELECT name FROM items WHERE price = 9.50", String.class)).isEqualTo("seed");
                });
    }

    @Test
    void beansUsingR2dbcInAnApplicationWithoutADataSourceSeeTheMigratedSchema() {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(db.jdbcUrl().replaceFirst("^jdbc:", "r2dbc:"))
                .mutate().option(ConnectionFactoryOptions.USER, db.user())
                .option(ConnectionFactoryOptions.PASSWORD, db.password()).build();
        new ApplicationContextRunner()
                .withBean(DatabaseClient.class, () -> DatabaseClient.create(ConnectionFactories.get(options)))
                .withBean(CountsWithDatabaseClient.class)
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withPropertyValues("migrations.url=" + db.jdbcUrl(), "migrations.user=" + db.user(),
                        "migrations.password=" + db.password(),
                        "migrations.packages=dev.migrations.autoconfigure.scenarios.linear")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(CountsWithDatabaseClient.class).items).isZero();
                });
    }

    static class CountsWithJdbcTemplate {

        final long items;

        CountsWithJdbcTemplate(JdbcTemplate jdbc) {
            this.items = jdbc.queryForObject("SELECT count(price) FROM items", Long.class);
        }
    }

    static class CountsWithNamedParameters {

        final long items;

        CountsWithNamedParameters(NamedParameterJdbcTemplate jdbc) {
            this.items = jdbc.queryForObject("SELECT count(price) FROM items", Map.of(), Long.class);
        }
    }

    static class CountsWithJdbcClient {

        final long items;

        CountsWithJdbcClient(JdbcClient jdbc) {
            this.items = jdbc.sql("SELECT count(price) FROM items").query(Long.class).single();
        }
    }

    static class CountsWithDatabaseClient {

        final long items;

        CountsWithDatabaseClient(DatabaseClient db) {
            this.items = db.sql("SELECT count(price) FROM items").map(row -> row.get(0, Long.class)).one().block();
        }
    }
}
