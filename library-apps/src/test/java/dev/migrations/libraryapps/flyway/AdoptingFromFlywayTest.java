package dev.migrations.libraryapps.flyway;

import dev.migrations.autoconfigure.command.CommandMode;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static dev.migrations.libraryapps.LibraryApps.assertSucceeded;
import static dev.migrations.libraryapps.LibraryApps.startService;
import static dev.migrations.libraryapps.LibraryApps.tables;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adopting migrations in a service that Flyway migrated (docs/adopting.md), with Flyway still on the class path and
 * enabled until the existing databases are stamped. No command runs Flyway: its scripts would otherwise fill the
 * empty database the first revision is generated against, and change the schema under every command. And Flyway's
 * history table, which the stamped databases keep until a later release drops it, is left out of {@code check} and
 * autogenerate, which name it rather than drop it.
 */
class AdoptingFromFlywayTest {

    static final String FLYWAY_HISTORY = "not the 1 table of Flyway's schema history "
            + "(spring.flyway.table=flyway_schema_history), which no entity maps";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path sources;

    private final CommandMode migrations = CommandMode.of(FlywayApplication.class, db)
            .with("spring.profiles.active", "flyway");

    @BeforeEach
    void freshDatabase() {
        db.reset();
    }

    @Test
    void noCommandRunsFlyway() {
        assertSucceeded(migrations.run("current"));
        assertThat(tables(db)).isEmpty();

        assertSucceeded(migrations.run("upgrade"));
        assertSucceeded(migrations.run("check"));
        assertSucceeded(migrations.with("migrations.source-directory", sources.toString())
                .run("revision", "--autogenerate", "-m", "nothing new"));

        assertThat(tables(db)).containsExactly("customers", "migrations_version", "migrations_version_audit");
    }

    @Test
    void aDatabaseFlywayMigratedIsStampedAndChecksCleanWithFlywaysHistoryLeftAlone() {
        runTheServiceAsItWasBeforeMigrations();
        assertThat(tables(db)).containsExactly("customers", "flyway_schema_history");

        assertSucceeded(migrations.run("stamp", "head"));
        Run check = migrations.run("check");

        assertSucceeded(check);
        assertThat(check.out()).contains(FLYWAY_HISTORY);
        Run autogenerate = migrations.with("migrations.source-directory", sources.toString())
                .run("revision", "--autogenerate", "-m", "nothing new");
        assertSucceeded(autogenerate);
        assertThat(autogenerate.out()).contains("No changes detected.");
        assertThat(tables(db)).contains("flyway_schema_history");
    }

    private void runTheServiceAsItWasBeforeMigrations() {
        try (ConfigurableApplicationContext ignored = startService(FlywayApplication.class, db,
                "--spring.main.web-application-type=none", "--migrations.enabled=false",
                "--spring.profiles.active=flyway", "--spring.jpa.hibernate.ddl-auto=validate",
                "--spring.modulith.events.jdbc.schema-initialization.enabled=false")) {
            // Started: Flyway made the schema, and Hibernate validated it.
        }
    }
}
