package dev.migrations.libraryapps.batch;

import dev.migrations.autoconfigure.command.CommandMode;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.migrations.libraryapps.LibraryApps.assertSucceeded;
import static dev.migrations.libraryapps.LibraryApps.jdbc;
import static dev.migrations.libraryapps.LibraryApps.startService;
import static dev.migrations.libraryapps.LibraryApps.tables;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Batch, Quartz and Spring Modulith's event publication registry keep their state in tables their own scripts
 * create. A command changes the schema through
 * migrations only, so it runs none of those scripts, not even in the commands that start the whole application;
 * and no entity maps those tables, so {@code check} and autogenerate leave them out, saying so, rather than drop them.
 */
class LibraryTablesTest {

    static final String BATCH_SCHEMA = "not the 6 tables and 3 sequences of Spring Batch's schema "
            + "(classpath:org/springframework/batch/core/schema-postgresql.sql), which no entity maps";
    static final String QUARTZ_SCHEMA = "not the 11 tables of Quartz's schema "
            + "(classpath:org/quartz/impl/jdbcjobstore/tables_postgres.sql), which no entity maps";
    static final String MODULITH_SCHEMA = "not the 1 table of Spring Modulith's event publication schema "
            + "(classpath:org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql, "
            + "classpath:org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql-archive.sql), "
            + "which no entity maps";

    static final String MODULITH_INITIALIZATION = "spring.modulith.events.jdbc.schema-initialization.enabled";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path sources;

    private final CommandMode migrations = CommandMode.of(BatchApplication.class, db)
            .with("spring.batch.jdbc.initialize-schema", "always")
            .with("spring.quartz.job-store-type", "jdbc")
            .with("spring.quartz.jdbc.initialize-schema", "always")
            .with(MODULITH_INITIALIZATION, "true");

    @BeforeEach
    void freshDatabase() {
        db.reset();
    }

    @Test
    void noCommandRunsTheLibrariesSchemaScripts() {
        assertSucceeded(migrations.run("upgrade"));
        assertSucceeded(migrations.run("check"));
        assertSucceeded(migrations.with("migrations.source-directory", sources.toString())
                .run("revision", "--autogenerate", "-m", "nothing new"));

        assertThat(tables(db)).containsExactly("migrations_version", "migrations_version_audit", "shipments");
    }

    @Test
    void checkAndAutogenerateLeaveOutTheTablesTheLibrariesCreated() {
        assertSucceeded(migrations.run("upgrade"));
        runTheService(db);
        assertThat(tables(db)).contains("batch_job_instance", "qrtz_job_details", "event_publication");
        assertThat(jobRuns()).isEqualTo(1);

        Run check = migrations.run("check");
        assertSucceeded(check);
        assertThat(check.out()).contains(BATCH_SCHEMA).contains(QUARTZ_SCHEMA).contains(MODULITH_SCHEMA);

        Run autogenerate = migrations.with("migrations.source-directory", sources.toString())
                .run("revision", "--autogenerate", "-m", "nothing new");
        assertSucceeded(autogenerate);
        assertThat(autogenerate.out()).contains("No changes detected.");
        assertThat(jobRuns()).as("the commands ran no job").isEqualTo(1);
    }

    /**
     * Spring Modulith's event publication registry is the service's machinery, as its message listeners are: a lean
     * command leaves it out (its shutdown would otherwise ask for a transaction manager the lean start never made).
     */
    @Test
    void aLeanCommandLeavesOutSpringModulithsEventPublication() {
        try (Run upgrade = migrations.start("upgrade")) {
            assertSucceeded(upgrade);
            assertThat(upgrade.context().getBeanNamesForType(EventPublicationRegistry.class)).isEmpty();
        }
        try (Run check = migrations.start("check")) {
            assertThat(check.context().getBeanNamesForType(EventPublicationRegistry.class)).hasSize(1);
        }
    }

    @Test
    void aTableNoEntityMapsIsReportedWithTheFilterThatKeepsIt() {
        assertSucceeded(migrations.run("upgrade"));
        jdbc(db).execute("CREATE TABLE delivery_log (id BIGINT PRIMARY KEY)");

        Run check = migrations.run("check");

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("op.dropTable(\"delivery_log\"")
                .contains("leave it out of the comparison with migrations.autogenerate.exclude-tables=delivery_log");
        Run excluded = migrations.with("migrations.autogenerate.exclude-tables", "delivery_log").run("check");
        assertSucceeded(excluded);
    }

    /** Batch's tables under a prefix of the application's, from its own copy of Batch's script. */
    @Test
    void theScriptTheApplicationConfiguresIsReadToo() throws IOException {
        Path script = sources.resolve("jobs-schema.sql");
        try (InputStream batchs = Job.class.getResourceAsStream(
                "/org/springframework/batch/core/schema-postgresql.sql")) {
            Files.writeString(script,
                    new String(batchs.readAllBytes(), StandardCharsets.UTF_8).replace("BATCH_", "JOBS_"));
        }
        String location = script.toUri().toString();
        migrations.with("spring.batch.jdbc.schema", location).with("spring.batch.jdbc.table-prefix", "JOBS_");
        assertSucceeded(migrations.run("upgrade"));
        runTheService(db, "--spring.batch.jdbc.schema=" + location, "--spring.batch.jdbc.table-prefix=JOBS_");
        assertThat(tables(db)).contains("jobs_job_instance").doesNotContain("batch_job_instance");

        Run check = migrations.run("check");

        assertSucceeded(check);
        assertThat(check.out()).contains("not the 6 tables and 3 sequences of the script of spring.batch.jdbc.schema ("
                + location + "), which no entity maps");
    }

    /** Runs the service once with every library's schema script on, as a service that lets them create their tables. */
    static void runTheService(TestDatabase db, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.batch.jdbc.initialize-schema=always", "--spring.quartz.job-store-type=jdbc",
                "--spring.quartz.jdbc.initialize-schema=always", "--" + MODULITH_INITIALIZATION + "=true"));
        args.addAll(List.of(arguments));
        try (ConfigurableApplicationContext ignored = startService(BatchApplication.class, db,
                args.toArray(String[]::new))) {
            // Started: the libraries created their tables, and the job ran once.
        }
    }

    private int jobRuns() {
        return jdbc(db).queryForObject("SELECT count(*) FROM batch_job_execution", Integer.class);
    }
}
