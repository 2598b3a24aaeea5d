package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.storyapp.StoryTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Command mode on MariaDB: the commands an operator runs there, online and offline. */
class MariaDbCommandModeTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    private final CommandMode migrations = CommandMode.of(StoryTestApplication.class, db);

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void upgradeHistoryCheckAndDowngradeOnMariaDb() {
        Run upgrade = migrations.run("upgrade");
        Run history = migrations.run("history");
        Run check = migrations.run("check");
        Run downgrade = migrations.run("downgrade", "base");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.outLines()).last().isEqualTo("Now at: d4000000 (head)");
        assertThat(history.outLines()).hasSize(5).allMatch(line -> line.contains("[APPLIED "));
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).startsWith("OK: the database is at the code's heads");
        assertThat(downgrade.exitCode()).as(downgrade.toString()).isZero();
        assertThat(downgrade.outLines()).last().isEqualTo("Now at: base");
    }

    @Test
    void theOfflineScriptIsWrittenInMariaDbsSql() {
        Run sql = migrations.run("upgrade", "head", "--sql");

        assertThat(sql.exitCode()).as(sql.toString()).isZero();
        assertThat(sql.out()).contains("CREATE TABLE `accounts`").contains("START TRANSACTION")
                .contains("INSERT INTO `migrations_version`").doesNotContain("\"accounts\"");
        assertThat(migrations.run("current").out()).isEqualTo("base (no revision is applied)\n");
    }
}
