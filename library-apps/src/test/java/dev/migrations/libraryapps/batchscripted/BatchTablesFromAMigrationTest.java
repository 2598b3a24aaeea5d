package dev.migrations.libraryapps.batchscripted;

import dev.migrations.autoconfigure.command.CommandMode;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.libraryapps.batch.migrations.CreateShipments;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Batch's tables created by a migration: {@code check} leaves them out as when Batch creates them. */
class BatchTablesFromAMigrationTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Test
    void checkLeavesOutBatchsTablesThatAMigrationCreated() {
        CommandMode migrations = CommandMode.of(ScriptedBatchApplication.class, db)
                .with("migrations.packages", CreateShipments.class.getPackageName());

        Run upgrade = migrations.run("upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        Run check = migrations.run("check");

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("2 revisions with the version table")
                .contains("not the 6 tables and 3 sequences of Spring Batch's schema");
    }
}
