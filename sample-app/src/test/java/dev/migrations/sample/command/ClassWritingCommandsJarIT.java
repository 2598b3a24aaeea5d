package dev.migrations.sample.command;

import dev.migrations.Migration;
import dev.migrations.autogenerate.Compiler;
import dev.migrations.sample.command.SampleJar.Result;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code revision} and {@code merge} from the packaged sample, run in a project directory: the classes they write
 * compile, and once compiled into the application they are the revisions its commands see. Two developers who
 * each add a revision to the same head make two heads; {@code upgrade head} then refuses, and {@code merge}
 * joins them.
 */
class ClassWritingCommandsJarIT {

    private static final String HEAD = "e7f6ada0098e";
    private static final String PACKAGE_PATH = "src/main/java/dev/migrations/sample/migrations/";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path project;

    @TempDir
    Path classes;

    @BeforeEach
    void projectWithSources() throws Exception {
        Files.createDirectories(project.resolve("src/main/java"));
        db.reset();
    }

    @Test
    void revisionWritesAnEmptyMigrationFollowingTheHeadIntoThePackageOfTheHead() throws Exception {
        Result run = SampleJar.on(db).in(project).run("revision", "-m", "add user phone");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path file = project.resolve(PACKAGE_PATH + "AddUserPhone.java");
        assertThat(run.outLines().get(0)).isEqualTo("Generated " + file);
        assertThat(run.outLines().get(1)).matches("  revision [0-9a-f]{12} follows " + HEAD
                + " \\(head\\) \\(mergepoint\\): add user phone");
        Migration migration = Compiler.compile(project.resolve("src/main/java"), classes)
                .loadClass("dev.migrations.sample.migrations.AddUserPhone").getAnnotation(Migration.class);
        assertThat(migration.revises()).containsExactly(HEAD);
        assertThat(migration.message()).isEqualTo("add user phone");
    }

    @Test
    void twoRevisionsOnOneHeadMakeTwoHeadsWhichUpgradeHeadRefusesAndMergeJoins() throws Exception {
        SampleJar sample = SampleJar.on(db).in(project);
        assertThat(sample.run("revision", "-m", "add user phone", "--rev-id", "a0b0c0d0e001").exitCode()).isZero();
        assertThat(sample.run("revision", "-m", "add user avatar", "--rev-id", "a0b0c0d0e002").exitCode()).isZero();
        Compiler.compile(project.resolve("src/main/java"), classes);
        SampleJar forked = SampleJar.on(db).in(project).withClasses(classes);

        Result heads = forked.run("heads");
        Result upgradeHead = forked.run("upgrade", "head");
        Result merge = forked.run("merge", "-m", "merge phone and avatar", "heads", "--rev-id", "a0b0c0d0e003");

        assertThat(heads.outLines()).containsExactlyInAnyOrder("a0b0c0d0e001 (head)", "a0b0c0d0e002 (head)");
        assertThat(upgradeHead.exitCode()).isEqualTo(1);
        assertThat(upgradeHead.out()).isEmpty();
        assertThat(upgradeHead.err()).startsWith("FAILED: Target 'head' needs a single head, but there are 2 heads")
                .contains("`migrations merge -m \"merge heads\" ");
        assertThat(merge.exitCode()).as(merge.toString()).isZero();
        assertThat(merge.outLines().get(0)).isEqualTo("Generated " + project.resolve(PACKAGE_PATH
                + "MergePhoneAndAvatar.java"));

        Compiler.compile(project.resolve("src/main/java"), classes);
        Result upgrade = forked.run("upgrade", "head");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(upgrade.outLines()).hasSize(16).last().isEqualTo("Now at: a0b0c0d0e003 (head) (mergepoint)");
    }

    @Test
    void mergeWithASingleHeadHasNothingToMerge() {
        Result run = SampleJar.on(db).in(project).run("merge", "-m", "merge heads", "heads");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("FAILED: Nothing to merge: a merge joins two or more revisions, and only "
                + HEAD + " was given; the code has a single head.\n");
    }

    @Test
    void revisionOutsideAProjectSaysWhereToRunIt() throws Exception {
        Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));

        Result run = SampleJar.on(db).in(elsewhere).run("revision", "-m", "add user phone");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("The source directory " + elsewhere.resolve("src/main/java")
                + " does not exist. Run the command from the project's directory");
    }
}
