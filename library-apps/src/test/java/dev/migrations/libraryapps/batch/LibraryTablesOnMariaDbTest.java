package dev.migrations.libraryapps.batch;

import dev.migrations.autoconfigure.command.CommandMode;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** On MariaDB, whose sequences are tables of a kind, and whose libraries' scripts have names of their own. */
class LibraryTablesOnMariaDbTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Test
    void checkLeavesOutTheTablesAndSequencesTheLibrariesCreated() {
        CommandMode migrations = CommandMode.of(BatchApplication.class, db);
        Run upgrade = migrations.run("upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        SpringApplication service = new SpringApplication(BatchApplication.class);
        try (ConfigurableApplicationContext ignored = service.run("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--spring.batch.jdbc.initialize-schema=always",
                "--spring.quartz.job-store-type=jdbc", "--spring.quartz.jdbc.initialize-schema=always",
                "--" + LibraryTablesTest.MODULITH_INITIALIZATION + "=true")) {
            // Started: the libraries created their tables.
        }

        Run check = migrations.run("check");

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("not the 6 tables and 3 sequences of Spring Batch's schema "
                + "(classpath:org/springframework/batch/core/schema-mariadb.sql), which no entity maps")
                .contains("not the 11 tables of Quartz's schema")
                .contains("not the 1 table of Spring Modulith's event publication schema");
    }
}
