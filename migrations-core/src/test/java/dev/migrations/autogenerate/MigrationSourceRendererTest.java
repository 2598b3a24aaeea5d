package dev.migrations.autogenerate;

import com.palantir.javapoet.CodeBlock;
import dev.migrations.ops.Database;
import dev.migrations.Migration;
import dev.migrations.error.MigrationException;
import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.ops.Execute;
import dev.migrations.ops.Operation;
import dev.migrations.ops.RecordingSink;
import dev.migrations.ops.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static dev.migrations.ops.Column.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationSourceRendererTest {

    private static final String PACKAGE = "com.example.app.migrations";

    private final MigrationSourceRenderer renderer = new MigrationSourceRenderer();

    @TempDir
    Path sources;

    @TempDir
    Path classes;

    @Test
    void rendersAnEmptyRevisionWithItsAnnotationAndGuidanceInUpgrade() {
        String source = renderer.render(MigrationClass.empty(PACKAGE, "AddUserPhone", "ab12cd34ef56",
                List.of("e5e5e5e5"), "add user phone").withCreatedAt(Instant.parse("2026-11-21T10:00:00.123Z")));

        assertThat(source).isEqualTo("""
                package com.example.app.migrations;

                import dev.migrations.Migration;
                import dev.migrations.MigrationScript;
                import dev.migrations.ops.Operations;

                /**
                 * add user phone
                 *
                 * <p>Created 2026-11-21T10:00:00Z.
                 */
                @Migration(
                        revision = "ab12cd34ef56",
                        revises = "e5e5e5e5",
                        message = "add user phone"
                )
                public class AddUserPhone implements MigrationScript {
                    @Override
                    public void upgrade(Operations op) {
                        // Describe this revision's schema changes with op, for example:
                        //   op.addColumn("users", Column.column("phone", Types.varchar(20)));
                        //   op.createIndex("ix_users_phone", "users", "phone");
                        // The downgrade is derived by reversing them. When upgrade() holds an operation that cannot be
                        // reversed, such as op.execute(...), also override downgrade(Operations op).
                    }
                }
                """);
    }

    @Test
    void aBaseRevisionCompilesAndCarriesItsRevisionAndMessage() throws Exception {
        MigrationClass migration = MigrationClass.empty(PACKAGE, "CreateUsers", "0a1b2c3d4e5f", List.of(),
                "create users");

        Class<?> type = compileAndLoad(migration);

        Migration annotation = type.getAnnotation(Migration.class);
        assertThat(annotation.revision()).isEqualTo("0a1b2c3d4e5f");
        assertThat(annotation.revises()).isEmpty();
        assertThat(annotation.message()).isEqualTo("create users");
        assertThat(MigrationScript.class).isAssignableFrom(type);
        assertThat(type.getDeclaredMethod("upgrade", dev.migrations.ops.Operations.class)).isNotNull();
    }

    @Test
    void aCompiledRevisionLoadsIntoMigrationsAndDoesNothingUntilWritten() throws Exception {
        MigrationClass migration = MigrationClass.empty(PACKAGE, "CreateUsers", "0a1b2c3d4e5f", List.of(),
                "create users");
        MigrationScript script = (MigrationScript) compileAndLoad(migration).getDeclaredConstructor().newInstance();

        Migrations migrations = Migrations.offline().dialect("postgresql").migrations(script).build();

        assertThat(migrations.graph().heads()).containsExactly("0a1b2c3d4e5f");
        assertThat(RecordingSink.record(Database.POSTGRESQL, script::upgrade)).isEmpty();
        assertThat(RecordingSink.record(Database.POSTGRESQL, script::downgrade)).isEmpty();
    }

    @Test
    void aFirstMigrationOfHundredsOfTablesIsSplitIntoPartsThatCompileAndRecordTheSameOperations() throws Exception {
        List<Operation> tables = RecordingSink.record(Database.POSTGRESQL, op -> {
            for (int i = 0; i < 300; i++) {
                op.createTable("t_" + i, column("id", Types.BIGINT).primaryKey().identity(),
                        column("name", Types.varchar(100)).notNull(), column("payload", Types.TEXT),
                        column("amount", Types.numeric(12, 2)), column("created_at", Types.TIMESTAMPTZ).notNull()
                                .serverDefault("CURRENT_TIMESTAMP"));
                op.createIndex("ix_t_" + i + "_name", "t_" + i, "name");
            }
        });
        MigrationClass migration = MigrationClass.empty(PACKAGE, "CreateEverything", "0a1b2c3d4e5f", List.of(),
                "create everything").withOperations(tables, List.of());
        MigrationSourceRenderer rendering = new MigrationSourceRenderer(new JavaOperationRenderer());

        String source = rendering.render(migration);
        rendering.write(migration, sources);
        MigrationScript script = (MigrationScript) Compiler.compile(sources, classes)
                .loadClass(PACKAGE + ".CreateEverything").getDeclaredConstructor().newInstance();

        assertThat(source).contains("upgrade1(op);", "upgrade12(op);", "private void upgrade12(Operations op) {")
                .doesNotContain("upgrade13");
        assertThat(RecordingSink.record(Database.POSTGRESQL, script::upgrade)).isEqualTo(tables);
    }

    @Test
    void aMergeRevisesEveryHeadItJoins() throws Exception {
        MigrationClass migration = MigrationClass.empty(PACKAGE, "MergeHeads", "feedbeef0001",
                List.of("c3a3a3a3", "c3b3b3b3"), "merge heads");

        String source = renderer.render(migration);
        Migration annotation = compileAndLoad(migration).getAnnotation(Migration.class);

        assertThat(annotation.revises()).containsExactly("c3a3a3a3", "c3b3b3b3");
        assertThat(source).containsSubsequence("revises = {", "\"c3a3a3a3\",", "\"c3b3b3b3\"", "}")
                .contains("// This revision merges c3a3a3a3, c3b3b3b3 into one line of history.");
    }

    @Test
    void branchLabelsAndDependenciesAreRendered() throws Exception {
        MigrationClass migration = new MigrationClass(PACKAGE, "StartBilling", "b111b111", List.of("a1a1a1a1"),
                "start billing", List.of("d0d0d0d0"), List.of("billing"), List.of(), List.of(), null);

        Migration annotation = compileAndLoad(migration).getAnnotation(Migration.class);

        assertThat(annotation.branchLabels()).containsExactly("billing");
        assertThat(annotation.dependsOn()).containsExactly("d0d0d0d0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "say \"hello\" to users",
            "path C:\\temp and \\u000a escape",
            "close */ the comment",
            "@Deprecated column",
            "ajouter l'état, ünïcödé ✓",
            "dollar $S and $L",
    })
    void anyMessageCompilesAndIsKeptExactly(String message) throws Exception {
        MigrationClass migration = MigrationClass.empty(PACKAGE, MigrationClassName.fromMessage(message),
                "aa11bb22cc33", List.of(), message).withCreatedAt(Instant.now());

        Migration annotation = compileAndLoad(migration).getAnnotation(Migration.class);

        assertThat(annotation.message()).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Migration", "MigrationScript", "Operations", "Override", "String", "Object"})
    void aClassNamedLikeATypeItUsesStillCompiles(String className) throws Exception {
        MigrationClass migration = MigrationClass.empty(PACKAGE, className, "aa11bb22cc33", List.of(), "clash");

        Class<?> type = compileAndLoad(migration);

        assertThat(type.getSimpleName()).isEqualTo(className);
        assertThat(type.getAnnotation(Migration.class).revision()).isEqualTo("aa11bb22cc33");
    }

    @Test
    void writesUnderThePackageDirectoryAndReturnsTheFile() throws Exception {
        MigrationClass migration = MigrationClass.empty(PACKAGE, "AddUserPhone", "ab12cd34ef56", List.of(),
                "add user phone");

        Path file = renderer.write(migration, sources);

        assertThat(file).isEqualTo(sources.resolve("com/example/app/migrations/AddUserPhone.java"));
        assertThat(Files.readString(file)).isEqualTo(renderer.render(migration));
    }

    @Test
    void neverOverwritesAnExistingFileAndNamesIt() throws Exception {
        MigrationClass migration = MigrationClass.empty(PACKAGE, "AddUserPhone", "ab12cd34ef56", List.of(),
                "add user phone");
        Path existing = renderer.write(migration, sources);
        Files.writeString(existing, "// hand-written");

        assertThatThrownBy(() -> renderer.write(migration.withCreatedAt(Instant.now()), sources))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining(existing.toAbsolutePath().toString())
                .hasMessageContaining("already exists")
                .hasMessageContaining("choose another message");
        assertThat(Files.readString(existing)).isEqualTo("// hand-written");
    }

    @Test
    void operationsNeedAnOperationRenderer() {
        MigrationClass migration = MigrationClass.empty(PACKAGE, "Backfill", "ab12cd34ef56", List.of(), "backfill")
                .withOperations(List.of(new Execute("UPDATE users SET active = true", List.of())), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> renderer.render(migration))
                .withMessageContaining("OperationRenderer").withMessageContaining("Execute");
    }

    @Test
    void operationsAreRenderedByTheOperationRendererInOrderAndDowngradeOnlyWhenGiven() throws Exception {
        OperationRenderer executes = operation -> CodeBlock.builder()
                .addStatement("$L.execute($S)", MigrationSourceRenderer.OP, ((Execute) operation).sql()).build();
        MigrationClass migration = MigrationClass.empty(PACKAGE, "Backfill", "ab12cd34ef56", List.of(), "backfill")
                .withOperations(List.of(new Execute("UPDATE a SET x = 1", List.of()),
                        new Execute("UPDATE b SET y = 2", List.of())),
                        List.of(new Execute("UPDATE a SET x = 0", List.of())));
        MigrationSourceRenderer withOperations = new MigrationSourceRenderer(executes);
        withOperations.write(migration, sources);

        MigrationScript script = (MigrationScript) Compiler.compile(sources, classes)
                .loadClass(migration.qualifiedName()).getDeclaredConstructor().newInstance();

        assertThat(sqlOf(RecordingSink.record(Database.POSTGRESQL, script::upgrade))).containsExactly("UPDATE a SET x = 1", "UPDATE b SET y = 2");
        assertThat(sqlOf(RecordingSink.record(Database.POSTGRESQL, script::downgrade))).containsExactly("UPDATE a SET x = 0");
        assertThat(withOperations.render(migration)).doesNotContain("Describe this revision");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "", "a-b", "x:y"})
    void refusesAnInvalidRevisionId(String revision) {
        assertThatIllegalArgumentException().isThrownBy(
                () -> MigrationClass.empty(PACKAGE, "Fine", revision, List.of(), "m"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "1Abc", "Has Space", "a.B"})
    void refusesAnInvalidClassName(String className) {
        assertThatIllegalArgumentException().isThrownBy(
                () -> MigrationClass.empty(PACKAGE, className, "abc", List.of(), "m"));
    }

    private Class<?> compileAndLoad(MigrationClass migration) throws ClassNotFoundException {
        renderer.write(migration, sources);
        return Compiler.compile(sources, classes).loadClass(migration.qualifiedName());
    }

    private static List<String> sqlOf(List<Operation> operations) {
        return operations.stream().map(o -> ((Execute) o).sql()).toList();
    }
}
