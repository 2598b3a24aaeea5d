package dev.migrations.libraryapps.batch;

import dev.migrations.autoconfigure.command.CommandMode;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.migrations.libraryapps.LibraryApps.assertSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

/** On MariaDB, whose sequences are tables of a kind, and whose libraries' scripts have names of their own. */
class LibraryTablesOnMariaDbTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Test
    void checkLeavesOutTheTablesAndSequencesTheLibrariesCreated() {
        CommandMode migrations = CommandMode.of(BatchApplication.class, db);
        assertSucceeded(migrations.run("upgrade"));
        LibraryTablesTest.runTheService(db);

        Run check = migrations.run("check");

        assertSucceeded(check);
        assertThat(check.out()).contains("not the 6 tables and 3 sequences of Spring Batch's schema "
                + "(classpath:org/springframework/batch/core/schema-mariadb.sql), which no entity maps")
                .contains("not the 11 tables of Quartz's schema")
                .contains("not the 1 table of Spring Modulith's event publication schema");
    }
}
