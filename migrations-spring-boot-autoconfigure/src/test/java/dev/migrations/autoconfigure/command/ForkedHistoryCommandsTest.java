package dev.migrations.autoconfigure.command;

import dev.migrations.Migration;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.forkedapp.ForkedTestApplication;
import dev.migrations.autogenerate.Compiler;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands on a history with two heads, f2a00000 and f2b00000, that both follow f1000000, on PostgreSQL. */
class ForkedHistoryCommandsTest {

    private static final String PACKAGE_PATH = "dev/migrations/autoconfigure/command/forkedapp/";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path sources;

    @TempDir
    Path classes;

    private CommandMode migrations;

    @BeforeEach
    void emptyDatabase() {
        db.reset();
        migrations = CommandMode.of(ForkedTestApplication.class, db).with("migrations.source-directory", sources.toString());
    }

    @Test
    void upgradeToHeadFailsWhenThereAreSeveralAndSaysToMerge() {
        Run run = migrations.run("upgrade", "head");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("FAILED: Target 'head' needs a single head, but there are 2 heads")
                .containsPattern("`migrations merge -m \"merge heads\" (f2a00000 f2b00000|f2b00000 f2a00000)`");
    }

    @Test
    void upgradeToHeadsRunsEveryBranch() {
        Run run = migrations.run("upgrade");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).hasSize(4).last().asString().startsWith("Now at: ")
                .contains("f2a00000 (head)").contains("f2b00000 (head)");
    }

    @Test
    void headsListsEveryHead() {
        assertThat(migrations.run("heads").outLines()).containsExactlyInAnyOrder("f2a00000 (head)", "f2b00000 (head)");
    }

    @Test
    void mergeOfTheHeadsWritesAMergeMigrationThatCompiles() throws Exception {
        Run run = migrations.run("merge", "-m", "merge item branches", "heads");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path file = sources.resolve(PACKAGE_PATH + "MergeItemBranches.java");
        assertThat(run.outLines().get(0)).isEqualTo("Generated " + file);
        assertThat(run.outLines().get(1)).matches("  revision [0-9a-f]{12} follows f2.00000 \\(head\\), f2.00000 "
                + "\\(head\\): merge item branches");
        Migration migration = Compiler.compile(sources, classes)
                .loadClass("dev.migrations.autoconfigure.command.forkedapp.MergeItemBranches")
                .getAnnotation(Migration.class);
        assertThat(migration.revises()).containsExactlyInAnyOrder("f2a00000", "f2b00000");
        assertThat(migration.message()).isEqualTo("merge item branches");
        assertThat(run.outLines().get(1)).contains(migration.revision());
    }

    @Test
    void mergeOfNamedRevisionsByPrefix() throws Exception {
        Run run = migrations.run("merge", "f2b0", "f2a0", "-m", "join", "--rev-id", "abc123");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(sources.resolve(PACKAGE_PATH + "Join.java")))
                .contains("revision = \"abc123\"").containsSubsequence("\"f2b00000\"", "\"f2a00000\"");
    }

    @Test
    void mergeNeedsTwoRevisionsOnDifferentBranches() {
        Run one = migrations.run("merge", "-m", "lonely", "f2a00000");
        Run ancestor = migrations.run("merge", "-m", "odd", "f1000000", "f2a00000");

        assertThat(one.exitCode()).isEqualTo(1);
        assertThat(one.err()).startsWith("FAILED: Nothing to merge: a merge joins two or more revisions, and only "
                + "f2a00000 was given. The heads are ");
        assertThat(ancestor.exitCode()).isEqualTo(1);
        assertThat(ancestor.err()).contains("f1000000 is already an ancestor of f2a00000");
        assertThat(sources).isEmptyDirectory();
    }

    @Test
    void aRevisionFollowsEveryHeadAndSaysSo() throws Exception {
        Run run = migrations.run("revision", "-m", "add item stock");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines()).last().isEqualTo("The code has 2 heads, so the new revision follows all of them and "
                + "merges them; pass --head <revision> to follow one.");
        assertThat(Compiler.compile(sources, classes).loadClass("dev.migrations.autoconfigure.command.forkedapp.AddItemStock")
                .getAnnotation(Migration.class).revises()).containsExactlyInAnyOrder("f2a00000", "f2b00000");
    }

    @Test
    void aRevisionFollowsTheHeadItIsGiven() throws Exception {
        Run run = migrations.run("revision", "-m", "add item stock", "--head", "f2b0");
        Run notAHead = migrations.run("revision", "-m", "add item color", "--head", "f1000000");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(sources.resolve(PACKAGE_PATH + "AddItemStock.java")))
                .contains("revises = \"f2b00000\"");
        assertThat(notAHead.exitCode()).isEqualTo(1);
        assertThat(notAHead.err()).contains("Revision f1000000 is not a head (it is followed by ")
                .contains("a new revision follows a head");
    }
}
