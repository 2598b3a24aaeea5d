package dev.migrations.autoconfigure.command;

import dev.migrations.ops.Database;
import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.storyapp.StoryTestApplication;
import dev.migrations.autogenerate.Compiler;
import dev.migrations.ops.RecordingSink;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrations revision}: a new, empty migration class in the application's source tree. */
class RevisionCommandTest {

    private static final String PACKAGE = "dev.migrations.autoconfigure.command.storyapp";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path sources;

    @TempDir
    Path classes;

    private CommandMode migrations;

    @BeforeEach
    void sourceTree() {
        migrations = CommandMode.of(StoryTestApplication.class, db).with("migrations.source-directory", sources.toString());
    }

    @Test
    void writesAClassNamedAfterTheMessageThatFollowsTheHeadInThePackageOfTheHead() throws Exception {
        Run run = migrations.run("revision", "-m", "add account phone");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path file = sources.resolve(PACKAGE.replace('.', '/') + "/AddAccountPhone.java");
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).isEqualTo("Generated " + file);
        assertThat(run.outLines().get(1)).matches("  revision [0-9a-f]{12} follows d4000000 \\(head\\): add account phone");
        Class<?> type = Compiler.compile(sources, classes).loadClass(PACKAGE + ".AddAccountPhone");
        Migration migration = type.getAnnotation(Migration.class);
        assertThat(migration.revises()).containsExactly("d4000000");
        assertThat(migration.message()).isEqualTo("add account phone");
        assertThat(run.outLines().get(1)).contains(migration.revision());
        MigrationScript script = (MigrationScript) type.getDeclaredConstructor().newInstance();
        assertThat(RecordingSink.record(Database.POSTGRESQL, script::upgrade)).isEmpty();
    }

    @Test
    void theRevisionIdMayBeGiven() {
        Run run = migrations.run("revision", "-m", "add account phone", "--rev-id", "e5000000");
        Run taken = migrations.run("revision", "-m", "add account fax", "--rev-id", "a1000000");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.outLines().get(1)).isEqualTo("  revision e5000000 follows d4000000 (head): add account phone");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).contains("Revision a1000000 exists already");
    }

    @Test
    void theConfiguredPackageWins() {
        Run run = CommandMode.of(StoryTestApplication.class, db)
                .with("migrations.source-directory", sources.toString())
                .with("migrations.revision-package", "com.example.billing.migrations")
                .run("revision", "-m", "add invoices");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(sources.resolve("com/example/billing/migrations/AddInvoices.java")).exists();
    }

    @Test
    void neverOverwritesAFileAndNamesIt() throws Exception {
        migrations.run("revision", "-m", "add account phone");
        Path file = sources.resolve(PACKAGE.replace('.', '/') + "/AddAccountPhone.java");
        String first = Files.readString(file);

        Run again = migrations.run("revision", "-m", "add account phone");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("FAILED: Cannot write migration class " + PACKAGE + ".AddAccountPhone: "
                + file.toAbsolutePath() + " already exists.");
        assertThat(Files.readString(file)).isEqualTo(first);
    }

    @Test
    void refusesTheNameOfAnExistingMigrationClass() {
        Run run = migrations.run("revision", "-m", "create accounts");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(PACKAGE + ".CreateAccounts: a class of that name exists already")
                .contains("choose another message");
        assertThat(sources).isEmptyDirectory();
    }

    @Test
    void refusesAMessageWithoutLetters() {
        Run run = migrations.run("revision", "-m", "!!!");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("has no letters or digits");
    }

    @Test
    void refusesAMissingSourceDirectoryAndSaysWhereToRunFrom() {
        Run run = CommandMode.of(StoryTestApplication.class, db)
                .with("migrations.source-directory", sources.resolve("nowhere").toString())
                .run("revision", "-m", "add account phone");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("The source directory " + sources.resolve("nowhere") + " does not exist")
                .contains("migrations.source-directory");
    }

    /**
     * A Kotlin project has no src/main/java, and one made by hand would be compiled by no one in Spring Boot's Kotlin
     * layout: the error says to write into src/main/kotlin, where javac finds Java sources.
     */
    @Test
    void aKotlinProjectIsToldToWriteIntoItsKotlinSources() throws Exception {
        Path kotlin = Files.createDirectories(sources.resolve("src/main/kotlin"));

        Run run = CommandMode.of(StoryTestApplication.class, db)
                .with("migrations.source-directory", sources.resolve("src/main/java").toString())
                .run("revision", "-m", "add account phone");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("The source directory " + sources.resolve("src/main/java") + " does not "
                + "exist, but " + kotlin + " does").contains("Set migrations.source-directory=src/main/kotlin.");
        assertThat(sources.resolve("src/main/java")).doesNotExist();
    }

    @Test
    void jsonNamesTheWrittenClass() {
        JsonNode json = migrations.run("revision", "-m", "add account phone", "--json").json();

        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("className").asString()).isEqualTo(PACKAGE + ".AddAccountPhone");
        assertThat(json.get("revises").get(0).asString()).isEqualTo("d4000000");
        assertThat(json.get("path").asString()).endsWith("AddAccountPhone.java");
        assertThat(json.get("revision").asString()).matches("[0-9a-f]{12}");
    }
}
