package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.storyapp.StoryTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrations backup} and {@code migrations upgrade --backup}, with the real pg_dump. */
class BackupCommandTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path backups;

    private CommandMode migrations;

    @BeforeEach
    void emptyDatabase() {
        db.reset();
        migrations = CommandMode.of(StoryTestApplication.class, db).with("migrations.backup.directory", backups.toString());
    }

    @Test
    void backupWritesTheFileNamedAndSaysWhere() throws Exception {
        migrations.run("upgrade");
        Path file = backups.resolve("before-release.dump");

        Run run = migrations.run("backup", "--to", file.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("Backed up to " + file.toAbsolutePath()
                + " (pg_dump, custom format)");
        assertThat(Files.size(file)).isPositive();
        assertThat(migrations.run("history", "-v").out()).doesNotContain("BACKUP"); // history lists revisions only
    }

    @Test
    void upgradeWithBackupBacksUpFirstIntoTheDirectory() throws Exception {
        Run run = migrations.run("upgrade", "--backup");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(0)).startsWith("Backed up to " + backups.toAbsolutePath())
                .endsWith(".dump (pg_dump, custom format)");
        assertThat(run.outLines()).last().asString().startsWith("Now at: ");
        try (var files = Files.list(backups)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void upgradeWithBackupAndNothingPendingMakesNone() throws Exception {
        migrations.run("upgrade");

        Run run = migrations.run("upgrade", "--backup");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).singleElement().asString().startsWith("Nothing to upgrade");
        try (var files = Files.list(backups)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void jsonGivesTheBackupsLocationAndMethod() {
        JsonNode json = migrations.run("upgrade", "--backup", "--json").json();

        assertThat(json.get("ok").asBoolean()).as(json.toString()).isTrue();
        assertThat(json.get("backup").get("method").asString()).isEqualTo("pg_dump, custom format");
        assertThat(json.get("backup").get("location").asString()).startsWith(backups.toAbsolutePath().toString());
    }

    @Test
    void aMissingDumpProgramFailsTheUpgradeWithNothingApplied() {
        Run run = migrations.with("migrations.backup.command", "/opt/nowhere/pg_dump").run("upgrade", "--backup");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("The configured backup command /opt/nowhere/pg_dump is not an executable file");
        assertThat(migrations.run("current").out()).doesNotContain("(head)");
    }

    @Test
    void backupAndSqlDoNotGoTogether() {
        Run run = migrations.run("upgrade", "--backup", "--sql");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--backup and --sql do not go together");
    }
}
