package dev.migrations.autogenerate;

import dev.migrations.ops.Database;
import dev.migrations.MigrationScript;
import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.AutocommitBlock;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.BulkInsert;
import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.Column;
import dev.migrations.ops.ColumnReference;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.DropSequence;
import dev.migrations.ops.DropTable;
import dev.migrations.ops.Execute;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.Operation;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.RecordingSink;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.RenameTable;
import dev.migrations.ops.SetTableComment;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.ops.UniqueConstraint;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JavaOperationRendererTest {

    private static final String PACKAGE = "com.example.generated";

    @TempDir
    Path sources;

    @TempDir
    Path classes;

    /** Every kind of operation, in the forms the op API writes and in those only a value can say. */
    private static final List<Operation> EVERY_OPERATION = List.of(
            new CreateTable(null, "users", List.of(
                    Column.column("id", Types.BIGINT).identity(),
                    Column.column("email", Types.varchar(255)).notNull(),
                    Column.column("state", Types.varchar(20)).notNull().serverDefault("'new'").comment("life cycle"),
                    Column.column("balance", Types.numeric(12, 2)),
                    Column.column("seen", Types.timestamptz(3)),
                    Column.column("at", new ColumnType(TypeKind.TIME, null, 6, null, null, null)),
                    Column.column("blob", Types.raw("oid")),
                    Column.column("tags", Types.arrayOf(Types.TEXT)),
                    Column.column("mood", Types.enumType("mood")),
                    Column.column("feeling", Types.enumType("feeling", "calm", "it's \"ok\"")),
                    Column.column("code", Types.character(3)),
                    Column.column("unbounded", new ColumnType(TypeKind.VARCHAR, null, null, null, null, null))),
                    List.of(new PrimaryKey("pk_users", List.of("id")),
                            new UniqueConstraint("uq_users_email", List.of("email")),
                            new CheckConstraint("ck_users_state", "state in ('new', 'old')"),
                            ForeignKey.of(List.of("id"), "accounts", List.of("id")).withName("fk_users_id_accounts")
                                    .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL)),
                    "People \"quoted\" and $dollars"),
            new CreateTable("billing", "invoices", List.of(Column.column("id", Types.BIGINT).notNull()), List.of(), null),
            new CreateTable(null, "inline", List.of(Column.column("id", Types.BIGINT).primaryKey(),
                    Column.column("ref", Types.BIGINT).references(ColumnReference.to("users", "id").onDelete(ReferentialAction.CASCADE))
                            .unique().check("ref > 0")), List.of(), null),
            new DropTable(null, "old", new CreateTable(null, "old", List.of(Column.column("id", Types.INTEGER).notNull()),
                    List.of(new PrimaryKey("pk_old", List.of("id"))), null)),
            new DropTable(null, "commented", new CreateTable(null, "commented", List.of(Column.column("id", Types.INTEGER)),
                    List.of(), "it had a comment")),
            new DropTable(null, "unknown", null),
            new RenameTable(null, "a", "b"),
            new AddColumn(null, "users", Column.column("phone", Types.varchar(20))),
            new AddColumn("billing", "invoices", Column.column("due", Types.DATE).notNull().serverDefault("CURRENT_DATE")),
            new AddColumn(null, "users", Column.column("friend", Types.BIGINT).references("users", "id")),
            new DropColumn(null, "users", "fax", Column.column("fax", Types.varchar(20)).comment("obsolete")),
            new DropColumn(null, "users", "gone", null),
            AlterColumn.of("users", "age").type(Types.BIGINT).existingType(Types.INTEGER).nullable(false)
                    .existingNullable(true).serverDefault("0").existingServerDefault(null).comment(null)
                    .existingComment("years").using("age::bigint"),
            AlterColumn.of("users", "name").rename("full_name").inSchema("crm"),
            AlterColumn.of("users", "x").dropServerDefault().existingServerDefault("1").comment("new").existingComment(null),
            CreateIndex.of("ix_users_email", "users", "email"),
            CreateIndex.of("ix_users_mixed", "users", List.of(IndexKey.column("seen").desc(), IndexKey.expression("lower(email)")))
                    .unique().where("state = 'new'"),
            CreateIndex.of("ix_users_late", "users", "seen").concurrently().inSchema("crm"),
            new DropIndex(null, "users", "ix_users_email", false, CreateIndex.of("ix_users_email", "users", "email")),
            new DropIndex(null, "users", "ix_gone", false, null),
            new DropIndex(null, null, "ix_nowhere", true, null),
            new AddConstraint(null, "users", new PrimaryKey("pk_users", List.of("id", "email"))),
            new AddConstraint(null, "users", new UniqueConstraint("uq_users_a_b", List.of("a", "b"))),
            new AddConstraint(null, "users", new CheckConstraint("ck_users_a", "a > 0")),
            new AddConstraint("crm", "users", ForeignKey.of(List.of("a"), "others", List.of("id")).withName("fk_a")
                    .referencedSchema("shared")),
            new DropConstraint(null, "users", "uq_users_a_b", new UniqueConstraint("uq_users_a_b", List.of("a", "b"))),
            new DropConstraint(null, "users", "ck_old", null),
            new DropConstraint(null, "users", "renamed_since", new CheckConstraint("ck_users_a", "a > 0")),
            new CreateEnumType(null, "mood", List.of("happy", "sad")),
            new DropEnumType(null, "old_mood", new CreateEnumType(null, "old_mood", List.of("a", "b"))),
            new DropEnumType(null, "lost_mood", null),
            new AddEnumValue(null, "mood", "calm", null, null),
            new AddEnumValue(null, "mood", "angry", "happy", null),
            new AddEnumValue(null, "mood", "gloomy", null, "sad"),
            new CreateSequence(null, "seq_a", 1L, 50L),
            new CreateSequence(null, "seq_b", null, null),
            new CreateSequence(null, "seq_c", null, 20L),
            new AlterSequence(null, "seq_a", 1L, 50L),
            new AlterSequence("crm", "seq_f", 50L, null),
            new DropSequence(null, "seq_d", new CreateSequence(null, "seq_d", 5L, 1L)),
            new DropSequence(null, "seq_e", null),
            new SetTableComment(null, "users", "who", Optional.of("before")),
            new SetTableComment(null, "users", null, Optional.empty()),
            new SetTableComment(null, "users", "unknown before", null),
            new Execute("UPDATE users SET a = ? WHERE b = ? AND c = ? OR d = ?", Arrays.asList("x", 42L, null, new BigDecimal("1.50"))),
            new BulkInsert(null, "roles", List.of("id", "name"), List.<List<Object>>of(List.of(1, "admin"), Arrays.asList(2, null))),
            BatchedUpdate.of("users", "full_name = name").where("full_name IS NULL").key("uid").batchSize(500).commitEachBatch(),
            new AutocommitBlock(List.of(CreateIndex.of("ix_a", "users", "a").concurrently(),
                    new AutocommitBlock(List.of(new Execute("VACUUM", List.of()))))));

    @Test
    void everyOperationCompilesAndRecordsTheValueItWasRenderedFrom() throws Exception {
        MigrationScript script = compile(MigrationClass.empty(PACKAGE, "EveryOperation", "e0e0e0e0", List.of(), "every operation")
                .withOperations(EVERY_OPERATION, List.of()), new JavaOperationRenderer());

        assertThat(RecordingSink.record(Database.POSTGRESQL, script::upgrade)).containsExactlyElementsOf(EVERY_OPERATION);
    }

    @Test
    void writesATableAsTheOpApiWithOneElementPerLine() {
        String source = render(new CreateTable(null, "users", List.of(Column.column("id", Types.BIGINT).identity(),
                Column.column("email", Types.varchar(255)).notNull()), List.of(new PrimaryKey("pk_users", List.of("id"))), null));

        assertThat(source).contains("""
                        op.createTable("users",
                                Column.column("id", Types.BIGINT).identity(),
                                Column.column("email", Types.varchar(255)).notNull(),
                                new PrimaryKey("pk_users", List.of("id")));
                """);
    }

    @Test
    void writesAColumnChangeWithWhatItWasSoThatItReverses() {
        String source = render(AlterColumn.of("users", "age").type(Types.BIGINT).existingType(Types.INTEGER)
                .existingNullable(true));

        assertThat(source).contains("op.alterColumn(AlterColumn.of(\"users\", \"age\").type(Types.BIGINT)"
                + ".existingType(Types.INTEGER).existingNullable(true));");
    }

    @Test
    void writesDropsWithTheDefinitionTheyRemove() {
        String source = render(new DropColumn(null, "users", "phone", Column.column("phone", Types.varchar(20))));

        assertThat(source).contains("op.dropColumn(\"users\", Column.column(\"phone\", Types.varchar(20)));");
    }

    @Test
    void usesRunOnlyForValuesTheOpApiCannotBuild() {
        String source = render(new DropTable(null, "commented", new CreateTable(null, "commented",
                List.of(Column.column("id", Types.INTEGER)), List.of(), "it had a comment")));

        assertThat(source).contains("op.run(new DropTable(null, \"commented\", new CreateTable(null, \"commented\"");
    }

    @Test
    void printsEachWarningAsALoudWrappedCommentAboveItsOperation() {
        Operation drop = new DropColumn(null, "users", "phone", Column.column("phone", Types.varchar(20)));
        String message = "Drops column users.phone and its data (about 1200000 rows). " + "This is a long message ".repeat(6);
        JavaOperationRenderer renderer = new JavaOperationRenderer(Map.of(drop,
                List.of(new ComparisonWarning(ComparisonWarning.Kind.DATA_LOSS, message))));

        String code = renderer.render(drop).toString();

        assertThat(code).startsWith("// WARNING (data loss): Drops column users.phone and its data (about 1200000 rows).");
        assertThat(code.lines().filter(l -> l.startsWith("//"))).hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(104));
        assertThat(code.lines().toList().get(code.lines().toList().size() - 1)).startsWith("op.dropColumn(");
    }

    // --- the generated migration ----------------------------------------------------------------

    @Test
    void leavesTheDowngradeToBeDerivedWhenEveryOperationReverses() throws Exception {
        ComparisonResult result = new ComparisonResult(List.of(
                Change.of(new AddColumn(null, "users", Column.column("phone", Types.varchar(20)))),
                new Change(new DropColumn(null, "users", "fax", Column.column("fax", Types.TEXT)),
                        List.of(new ComparisonWarning(ComparisonWarning.Kind.DATA_LOSS, "Drops column users.fax and its data.")))),
                List.of(new ComparisonWarning(ComparisonWarning.Kind.NOT_GENERATED, "Sequence s increments by 1.")));

        GeneratedMigration generated = GeneratedMigration.of(header("AddPhone"), result, SchemaModel.empty());
        String source = generated.source();
        MigrationScript script = compile(generated);

        assertThat(generated.migrationClass().downgrade()).isEmpty();
        assertThat(source).doesNotContain("downgrade(")
                .containsSubsequence("// WARNING (not generated): Sequence s increments by 1.", "op.addColumn(",
                        "// WARNING (data loss): Drops column users.fax and its data.", "op.dropColumn(");
        assertThat(RecordingSink.record(Database.POSTGRESQL, script::downgrade)).containsExactly(
                new AddColumn(null, "users", Column.column("fax", Types.TEXT)),
                new DropColumn(null, "users", "phone", Column.column("phone", Types.varchar(20))));
    }

    @Test
    void writesTheDowngradeWhenAnEnumGainsValuesRecreatingTheTypeAndItsColumns() throws Exception {
        SchemaModel live = SchemaModel.of(null, List.of(TableModel.of("t", List.of(ColumnModel.of("id", Types.BIGINT).notNull(),
                        ColumnModel.of("m", Types.enumType("mood")).withDefault("'happy'::mood"),
                        ColumnModel.of("ms", Types.arrayOf(Types.enumType("mood")))))),
                List.of(), List.of(new EnumTypeModel("mood", List.of("happy", "sad"))));
        AddColumn other = new AddColumn(null, "t", Column.column("n", Types.INTEGER));
        ComparisonResult result = new ComparisonResult(List.of(Change.of(new AddEnumValue(null, "mood", "calm", null, "happy")),
                Change.of(other)), List.of());

        GeneratedMigration generated = GeneratedMigration.of(header("Calm"), result, live);
        MigrationScript script = compile(generated);

        assertThat(generated.source()).containsSubsequence("public void downgrade(", "// WARNING (data loss): PostgreSQL "
                + "cannot remove values from enum type mood");
        assertThat(RecordingSink.record(Database.POSTGRESQL, script::downgrade)).containsExactly(
                other.reverse(),
                AlterColumn.of("t", "m").type(Types.TEXT).dropServerDefault(),
                AlterColumn.of("t", "ms").type(Types.arrayOf(Types.TEXT)),
                new DropEnumType(null, "mood", new CreateEnumType(null, "mood", List.of("happy", "calm", "sad"))),
                new CreateEnumType(null, "mood", List.of("happy", "sad")),
                AlterColumn.of("t", "m").type(Types.enumType("mood")).serverDefault("'happy'::mood"),
                AlterColumn.of("t", "ms").type(Types.arrayOf(Types.enumType("mood"))));
    }

    @Test
    void warnsAndLeavesTheDowngradeOutWhenAnotherOperationCannotBeReversed() {
        Execute sql = new Execute("UPDATE t SET a = 1", List.of());

        GeneratedMigration generated = GeneratedMigration.of(header("Backfill"),
                new ComparisonResult(List.of(Change.of(sql)), List.of()), SchemaModel.empty());

        assertThat(generated.migrationClass().downgrade()).isEmpty();
        assertThat(generated.source()).contains("// WARNING (not generated): execute(\"UPDATE t SET a = 1\") cannot be reversed");
    }

    private static MigrationClass header(String className) {
        return MigrationClass.empty(PACKAGE, className, "a1b2c3d4", List.of("f0f0f0f0"), "generated");
    }

    private static String render(Operation operation) {
        return new MigrationSourceRenderer(new JavaOperationRenderer()).render(MigrationClass.empty(PACKAGE, "One", "a1a1a1a1",
                List.of(), "one").withOperations(List.of(operation), List.of()));
    }

    private MigrationScript compile(GeneratedMigration generated) throws Exception {
        generated.write(sources);
        return load(generated.migrationClass());
    }

    private MigrationScript compile(MigrationClass migration, OperationRenderer renderer) throws Exception {
        new MigrationSourceRenderer(renderer).write(migration, sources);
        return load(migration);
    }

    private MigrationScript load(MigrationClass migration) throws Exception {
        return (MigrationScript) Compiler.compile(sources, classes).loadClass(migration.qualifiedName())
                .getDeclaredConstructor().newInstance();
    }
}
