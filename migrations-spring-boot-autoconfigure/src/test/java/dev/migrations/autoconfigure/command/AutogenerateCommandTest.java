package dev.migrations.autoconfigure.command;

import dev.migrations.ops.Database;
import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.autoconfigure.autogenerate.entityapp.audited.AuditedApplication;
import dev.migrations.autoconfigure.autogenerate.entityapp.current.CurrentSchemaApplication;
import dev.migrations.autoconfigure.autogenerate.entityapp.older.OlderSchemaApplication;
import dev.migrations.autoconfigure.autogenerate.entityapp.pooler.ThroughAPoolerApplication;
import dev.migrations.autoconfigure.autogenerate.entityapp.schemapermodule.SchemaPerModuleApplication;
import dev.migrations.autoconfigure.autogenerate.entityapp.twounits.TwoUnitsApplication;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.autoconfigure.command.storyapp.StoryTestApplication;
import dev.migrations.autogenerate.Compiler;
import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.Operation;
import dev.migrations.ops.RecordingSink;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrations revision --autogenerate} and the entity check of {@code migrations check}, in command mode
 * of a JPA application whose entity model Hibernate builds with Spring Boot's naming (camel case to snake case).
 */
class AutogenerateCommandTest {

    private static final String OLDER = "dev.migrations.autoconfigure.autogenerate.entityapp.older";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path sources;

    @TempDir
    Path classes;

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    private CommandMode app(Class<?> application) {
        return CommandMode.of(application, db).with("migrations.source-directory", sources.toString());
    }

    @Test
    void findsNoChangesAndPassesTheCheckWhenTheMigrationsCreateWhatTheEntitiesMap() throws IOException {
        CommandMode migrations = app(CurrentSchemaApplication.class);
        assertThat(migrations.run("upgrade").exitCode()).isZero();

        Run revision = migrations.run("revision", "--autogenerate", "-m", "nothing to do");
        Run check = migrations.run("check");

        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        assertThat(revision.outLines()).containsExactly("No changes detected.");
        assertThat(javaFiles()).isEmpty();
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.outLines()).containsExactly(
                "OK: the database is at the code's heads (e1000000 (head)) and nothing drifted.",
                "Compared: 1 revision with the version table, each applied one's checksum from its code; "
                        + "the entity model (2 tables, 7 columns) with the database.");
    }

    /**
     * A table of a library's own schema (Spring Authorization Server's, on this class path), which the database has and
     * no entity maps, is left out and named; the library's tables the database does not have are not.
     */
    @Test
    void aLibrarysTableNoEntityMapsIsLeftOutAndNamed() {
        CommandMode migrations = app(CurrentSchemaApplication.class);
        assertThat(migrations.run("upgrade").exitCode()).isZero();
        db.execute("CREATE TABLE oauth2_registered_client (id VARCHAR(100) PRIMARY KEY)");

        Run revision = migrations.run("revision", "--autogenerate", "-m", "nothing to do");
        Run check = migrations.run("check");

        assertThat(revision.outLines()).as(revision.toString()).containsExactly("No changes detected.");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.outLines()).last().asString().endsWith("; the entity model (2 tables, 7 columns) with the "
                + "database; not the 1 table of Spring Authorization Server's schema (classpath:org/springframework/"
                + "security/oauth2/server/authorization/oauth2-authorization-schema.sql, classpath:org/springframework/"
                + "security/oauth2/server/authorization/oauth2-authorization-consent-schema.sql, classpath:org/"
                + "springframework/security/oauth2/server/authorization/client/oauth2-registered-client-schema.sql), "
                + "which no entity maps.");
    }

    @Test
    void checkFailsWhereHibernateWouldRefuseToStartEvenWhenTheComparisonSeesNothing() {
        CommandMode migrations = app(AuditedApplication.class);
        assertThat(migrations.run("upgrade").exitCode()).isZero();

        Run check = migrations.run("check");

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.outLines()).anyMatch(line -> line.startsWith("hibernate: Hibernate's own schema validation")
                && line.contains("audit_event"));
    }

    @Test
    void refusesToGenerateAgainstADatabaseThatIsNotAtTheHeads() throws IOException {
        CommandMode migrations = app(OlderSchemaApplication.class);
        migrations.run("upgrade", "e1000000");

        Run revision = migrations.run("revision", "--autogenerate", "-m", "add phone");

        assertThat(revision.exitCode()).isEqualTo(1);
        assertThat(revision.err()).contains("The database is not up to date: it is at e1000000, the code's heads are "
                + "e2000000 (1 revision pending). Run `migrations upgrade` first");
        assertThat(javaFiles()).isEmpty();
    }

    @Test
    void checkExitsOneListingWhatTheEntitiesAndTheDatabaseDisagreeOn() {
        CommandMode migrations = app(OlderSchemaApplication.class);
        migrations.run("upgrade");

        Run check = migrations.run("check");
        Run json = migrations.run("check", "--json");

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        List<String> model = check.outLines().stream().filter(line -> line.startsWith("model: ")).toList();
        assertThat(model).allMatch(line -> line.startsWith("model: op."))
                .anyMatch(line -> line.contains("op.addColumn(\"account\"") && line.contains("\"phone_number\""))
                .anyMatch(line -> line.contains("op.addColumn(\"account\"") && line.contains("\"full_name\""))
                .anyMatch(line -> line.startsWith("model: op.dropColumn(\"account\", Column.column(\"name\""))
                .anyMatch(line -> line.startsWith("model: op.dropColumn(\"account\", Column.column(\"note\""))
                .hasSize(4);
        assertThat(check.outLines()).filteredOn(line -> line.startsWith("hibernate: ")).singleElement()
                .satisfies(line -> assertThat(line).contains("Hibernate's own schema validation")
                        .contains("account"));
        assertThat(check.err()).contains("FAILED: check found 5 differences.");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.json().get("findings")).hasSize(5);
    }

    @Test
    void theAutogenerateSettingsLeaveOutTablesAndKindsOfDifference() {
        CommandMode older = app(OlderSchemaApplication.class);
        older.run("upgrade");

        Run tablesExcluded = app(OlderSchemaApplication.class).with("migrations.autogenerate.exclude-tables", "ACC*")
                .with("migrations.autogenerate.hibernate-validation", false).run("check");
        Run columnsIgnored = app(OlderSchemaApplication.class).with("migrations.autogenerate.ignore", "column")
                .with("migrations.autogenerate.hibernate-validation", false).run("check");
        Run validated = app(OlderSchemaApplication.class).with("migrations.autogenerate.exclude-tables", "ACC*")
                .run("check");

        assertThat(tablesExcluded.exitCode()).as(tablesExcluded.toString()).isZero();
        assertThat(columnsIgnored.exitCode()).as(columnsIgnored.toString()).isZero();
        assertThat(validated.exitCode()).as("filters leave tables out of the comparison, not out of Hibernate's "
                + "validation: " + validated).isEqualTo(1);
        assertThat(validated.outLines()).singleElement().asString().startsWith("hibernate: ");
    }

    @Test
    void writesTheMigrationThatAddsWhatTheEntitiesMapWithWarningsAndItCompiles() throws Exception {
        CommandMode migrations = app(OlderSchemaApplication.class);
        migrations.run("upgrade");

        Run revision = migrations.run("revision", "--autogenerate", "-m", "add phone");

        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        Path file = sources.resolve(OLDER.replace('.', '/') + "/AddPhone.java");
        assertThat(revision.outLines()).contains("Generated " + file)
                .anyMatch(line -> line.startsWith("WARNING DATA_LOSS") && line.contains("note"))
                .anyMatch(line -> line.startsWith("WARNING POSSIBLE_RENAME") && line.contains("name")
                        && line.contains("full_name"))
                .anyMatch(line -> line.startsWith("Detected op.addColumn(\"account\"") && line.contains("phone_number"));
        assertThat(Files.readString(file)).contains("// WARNING (data loss): Drops column account.note",
                "// WARNING (possible rename): Column account.name is dropped and account.full_name is added");
        Class<?> type = Compiler.compile(sources, classes).loadClass(OLDER + ".AddPhone");
        assertThat(type.getAnnotation(Migration.class).revises()).containsExactly("e2000000");
        List<Operation> upgrade = RecordingSink.record(Database.POSTGRESQL, ((MigrationScript) type.getDeclaredConstructor().newInstance())::upgrade);
        assertThat(upgrade).filteredOn(AddColumn.class::isInstance).extracting(o -> ((AddColumn) o).column().name())
                .containsExactlyInAnyOrder("full_name", "phone_number");
        assertThat(upgrade).filteredOn(DropColumn.class::isInstance).extracting(o -> ((DropColumn) o).name())
                .containsExactlyInAnyOrder("name", "note");
    }

    @Test
    void aRenameOnTheCommandLineKeepsTheColumnAndItsData() throws Exception {
        CommandMode migrations = app(OlderSchemaApplication.class);
        migrations.run("upgrade");

        Run revision = migrations.run("revision", "--autogenerate", "-m", "rename account name",
                "--rename", "account.name=full_name", "--json");

        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        JsonNode json = revision.json();
        assertThat(json.get("changesDetected").asBoolean()).isTrue();
        assertThat(json.get("warnings")).noneMatch(w -> w.get("kind").asString().equals("POSSIBLE_RENAME"));
        Class<?> type = Compiler.compile(sources, classes).loadClass(OLDER + ".RenameAccountName");
        List<Operation> upgrade = RecordingSink.record(Database.POSTGRESQL, ((MigrationScript) type.getDeclaredConstructor().newInstance())::upgrade);
        assertThat(upgrade).contains(AlterColumn.of("account", "name").rename("full_name"));
        assertThat(upgrade).filteredOn(DropColumn.class::isInstance).extracting(o -> ((DropColumn) o).name())
                .containsExactly("note");
    }

    @Test
    void explainsABadRenameAndARenameWithoutAutogenerate() throws IOException {
        CommandMode migrations = app(OlderSchemaApplication.class);
        migrations.run("upgrade");

        Run bad = migrations.run("revision", "--autogenerate", "-m", "x", "--rename", "account.name");
        Run alone = migrations.run("revision", "-m", "x", "--rename", "a=b");

        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("Cannot read --rename: rename 'account.name' is not old=new");
        assertThat(alone.exitCode()).isEqualTo(1);
        assertThat(alone.err()).contains("--rename applies to --autogenerate");
        assertThat(javaFiles()).isEmpty();
    }

    @Test
    void anApplicationWithoutEntitiesCannotAutogenerateAndItsCheckComparesNoModel() {
        CommandMode migrations = app(StoryTestApplication.class);
        migrations.run("upgrade");

        Run revision = migrations.run("revision", "--autogenerate", "-m", "x");
        Run check = migrations.run("check");

        assertThat(revision.exitCode()).isEqualTo(1);
        assertThat(revision.err()).contains("Hibernate found no @Entity class in EntityManagerFactory 'entityManagerFactory'");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.outLines()).last().asString()
                .endsWith("; no entity model (its persistence unit maps no @Entity class).");
    }

    @Test
    void checkFailsWhenSeveralPersistenceUnitsUseOneSetsDatabase() {
        CommandMode migrations = app(TwoUnitsApplication.class)
                .with("migrations.packages", CurrentSchemaApplication.class.getPackageName());
        // Lean, so the application's own EntityManagerFactory beans are left out with the JPA they are built with.
        Run upgrade = migrations.run("upgrade");

        Run check = migrations.run("check");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).doesNotContain("OK:");
        assertThat(check.err()).contains("2 EntityManagerFactory beans (entityManagerFactory, "
                + "reportingEntityManagerFactory) use the database of set 'default', so their entities were not "
                + "compared").contains("EntityModelComparator bean");
    }

    @Test
    void theOnlyPersistenceUnitIsComparedWithTheDefaultSetThoughTheMigrationsReachItsDatabaseByAnotherUrl() {
        CommandMode migrations = app(ThroughAPoolerApplication.class)
                .with("migrations.packages", CurrentSchemaApplication.class.getPackageName());
        assertThat(migrations.run("upgrade").exitCode()).isZero();

        Run check = migrations.run("check");

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.outLines()).last().asString()
                .endsWith("; the entity model (2 tables, 7 columns) with the database.");
    }

    @Test
    void eachSetOfOneDatabaseIsComparedWithTheUnitInItsSchema() {
        CommandMode migrations = app(SchemaPerModuleApplication.class)
                .with("migrations.sets.reporting.packages",
                        SchemaPerModuleApplication.class.getPackageName() + ".reportingmigrations")
                .with("migrations.sets.reporting.schema", "reporting")
                .with("migrations.sets.reporting.table", "reporting_version");
        assertThat(migrations.run("upgrade").exitCode()).isZero();

        Run check = migrations.run("check");

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("set default:\n  OK: the database is at the code's heads (cus00001 (head))")
                .contains("; the entity model (1 table, 2 columns) with the database.")
                .contains("set reporting:\n  model: op.inSchema(\"reporting\").addColumn(\"daily_totals\", "
                        + "Column.column(\"currency\", Types.varchar(3)))");
        assertThat(check.err()).startsWith("set reporting: FAILED: check found ");
    }

    @Test
    void checkWithoutHibernateSaysThatItComparedNoEntityModel() {
        CommandMode withoutHibernate = app(StoryTestApplication.class).with("spring.autoconfigure.exclude",
                "dev.migrations.autoconfigure.autogenerate.MigrationsAutogenerateAutoConfiguration");
        withoutHibernate.run("upgrade");

        Run check = withoutHibernate.run("check");

        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.outLines()).last().asString().endsWith("; no entity model (the application has no "
                + "Hibernate ORM entity model, as with Spring Data JDBC or R2DBC; only the revisions were compared "
                + "with the database).");
    }

    private List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
