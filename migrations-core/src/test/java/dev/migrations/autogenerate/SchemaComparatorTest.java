package dev.migrations.autogenerate;

import dev.migrations.dialect.Dialects;
import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.Column;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.ConstraintNaming;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateSchema;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.DropSequence;
import dev.migrations.ops.DropTable;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.Operation;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.RenameTable;
import dev.migrations.ops.SetTableComment;
import dev.migrations.ops.UniqueConstraint;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.EnumTypeModel;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.IndexModel;
import dev.migrations.schema.PrimaryKeyModel;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.SequenceModel;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.UniqueKeyModel;
import dev.migrations.schema.UnsupportedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static dev.migrations.autogenerate.ComparisonWarning.Kind.BLOCKING_INDEX_BUILD;
import static dev.migrations.autogenerate.ComparisonWarning.Kind.DATA_LOSS;
import static dev.migrations.autogenerate.ComparisonWarning.Kind.IGNORED_RENAME;
import static dev.migrations.autogenerate.ComparisonWarning.Kind.NOT_GENERATED;
import static dev.migrations.autogenerate.ComparisonWarning.Kind.NOT_NULL_ON_EXISTING_ROWS;
import static dev.migrations.autogenerate.ComparisonWarning.Kind.POSSIBLE_RENAME;
import static dev.migrations.autogenerate.ComparisonWarning.Kind.TABLE_REWRITE;
import static dev.migrations.ops.Types.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The comparison on models, without a database: what is detected, how it is matched, in which order. */
class SchemaComparatorTest {

    private static final ComparisonOptions POSTGRES = ComparisonOptions.defaults(Dialects.named("postgresql"));
    private static final ComparisonOptions H2 = ComparisonOptions.defaults(Dialects.named("h2"));

    private final SchemaComparator comparator = new SchemaComparator();

    // --- fixtures -------------------------------------------------------------------------------

    private static ColumnModel id() {
        return ColumnModel.of("id", BIGINT).notNull();
    }

    private static TableModel table(String name, ColumnModel... columns) {
        return TableModel.of(name, List.of(columns)).withPrimaryKey(new PrimaryKeyModel(null, List.of("id")));
    }

    private static SchemaModel schema(TableModel... tables) {
        return SchemaModel.of(null, List.of(tables), List.of(), List.of());
    }

    private List<Operation> operations(SchemaModel target, SchemaModel live) {
        return comparator.compare(target, live, POSTGRES).operations();
    }

    private static <T> List<T> only(List<Operation> operations, Class<T> type) {
        return operations.stream().filter(type::isInstance).map(type::cast).toList();
    }

    // --- no changes -----------------------------------------------------------------------------

    @Test
    void findsNoChangesWhenOnlyCaseSpellingAndConstraintNamesDiffer() {
        SchemaModel target = schema(
                table("customer", id(), ColumnModel.of("email", raw("varchar(255)")).notNull(),
                        ColumnModel.of("created", raw("timestamp(6)")).withDefault("now()"),
                        ColumnModel.of("score", raw("float(53)")), ColumnModel.of("status", varchar(10)))
                        .withUniqueKeys(List.of(new UniqueKeyModel(null, List.of("email"))))
                        .withChecks(List.of(new CheckModel(null, "status in ('A', 'B')"))),
                table("purchase", id(), ColumnModel.of("customer_id", BIGINT))
                        .withForeignKeys(List.of(ForeignKeyModel.of(null, List.of("customer_id"), "customer", List.of()))));
        SchemaModel live = schema(
                TableModel.of("CUSTOMER", List.of(ColumnModel.of("ID", BIGINT).notNull(),
                                ColumnModel.of("EMAIL", raw("character varying(255)")).notNull(),
                                ColumnModel.of("CREATED", TIMESTAMP).withDefault("CURRENT_TIMESTAMP"),
                                ColumnModel.of("SCORE", DOUBLE), ColumnModel.of("STATUS", varchar(10))))
                        .withPrimaryKey(new PrimaryKeyModel("CONSTRAINT_1", List.of("ID")))
                        .withUniqueKeys(List.of(new UniqueKeyModel("CONSTRAINT_2", List.of("EMAIL"))))
                        .withChecks(List.of(new CheckModel("customer_status_check",
                                "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))"))),
                TableModel.of("PURCHASE", List.of(ColumnModel.of("ID", BIGINT).notNull(), ColumnModel.of("CUSTOMER_ID", BIGINT)))
                        .withPrimaryKey(new PrimaryKeyModel("purchase_pkey", List.of("ID")))
                        .withForeignKeys(List.of(ForeignKeyModel.of("FK7XQ3", List.of("CUSTOMER_ID"), "CUSTOMER", List.of("ID")))));

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        assertThat(result.operations()).isEmpty();
        assertThat(result.hasDifferences()).isFalse();
    }

    // --- tables ---------------------------------------------------------------------------------

    @Test
    void createsNewTablesReferencedFirstWithTheirForeignKeysInline() {
        SchemaModel target = schema(
                table("a", id(), ColumnModel.of("b_id", BIGINT))
                        .withForeignKeys(List.of(ForeignKeyModel.of(null, List.of("b_id"), "b", List.of()))),
                table("b", id(), ColumnModel.of("c_id", BIGINT))
                        .withForeignKeys(List.of(ForeignKeyModel.of(null, List.of("c_id"), "c", List.of("id")))),
                table("c", id()).withIndexes(List.of(IndexModel.on("ix_c_id", "id"))));

        List<Operation> operations = operations(target, schema());

        assertThat(only(operations, CreateTable.class)).extracting(CreateTable::name).containsExactly("c", "b", "a");
        CreateTable a = only(operations, CreateTable.class).get(2);
        assertThat(a.constraints()).contains(new ForeignKey("fk_a_b_id_b", List.of("b_id"), null, "b", List.of("id"), null, null));
        assertThat(operations).last().isEqualTo(CreateIndex.of("ix_c_id", "c", "id"));
        assertThat(only(operations, AddConstraint.class)).isEmpty();
    }

    @Test
    void addsTheForeignKeyThatClosesACycleOfNewTablesOnceBothExist() {
        SchemaModel target = schema(
                table("author", id(), ColumnModel.of("best_book_id", BIGINT))
                        .withForeignKeys(List.of(ForeignKeyModel.of("fk_author_best_book", List.of("best_book_id"), "book", List.of("id")))),
                table("book", id(), ColumnModel.of("author_id", BIGINT), ColumnModel.of("sequel_id", BIGINT))
                        .withForeignKeys(List.of(ForeignKeyModel.of("fk_book_author", List.of("author_id"), "author", List.of("id")),
                                ForeignKeyModel.of("fk_book_sequel", List.of("sequel_id"), "book", List.of("id")))));

        List<Operation> operations = operations(target, schema());

        assertThat(operations).hasSize(3);
        CreateTable author = (CreateTable) operations.get(0);
        CreateTable book = (CreateTable) operations.get(1);
        assertThat(author.name()).isEqualTo("author");
        assertThat(author.constraints()).noneMatch(c -> c instanceof ForeignKey);
        assertThat(book.constraints()).filteredOn(c -> c instanceof ForeignKey).extracting(c -> c.name())
                .containsExactlyInAnyOrder("fk_book_author", "fk_book_sequel");
        assertThat(operations.get(2)).isEqualTo(new AddConstraint(null, "author",
                new ForeignKey("fk_author_best_book", List.of("best_book_id"), null, "book", List.of("id"), null, null)));
    }

    @Test
    void addsAForeignKeyToAKeyTheSameMigrationAddsOnlyOnceThatKeyExists() {
        TableModel country = table("country", id(), ColumnModel.of("code", character(2)).notNull());
        SchemaModel target = schema(country.withUniqueKeys(List.of(new UniqueKeyModel("uq_country_code", List.of("code")))),
                table("city", id(), ColumnModel.of("country_code", character(2)))
                        .withForeignKeys(List.of(ForeignKeyModel.of("fk_city_country", List.of("country_code"), "country",
                                List.of("code")))));

        List<Operation> operations = operations(target, schema(country));

        assertThat(operations).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("CreateTable", "AddConstraint", "AddConstraint");
        assertThat(((AddConstraint) operations.get(2)).constraint()).isInstanceOf(ForeignKey.class);
    }

    @Test
    void dropsTablesAfterTheirForeignKeysAndIndexesAndKeepsEveryDefinition() {
        TableModel parent = table("parent", id(), ColumnModel.of("name", varchar(40)).withComment("the name"))
                .withComment("parents").withIndexes(List.of(IndexModel.on("ix_parent_name", "name")));
        TableModel child = table("child", id(), ColumnModel.of("parent_id", BIGINT))
                .withForeignKeys(List.of(ForeignKeyModel.of("fk_child_parent", List.of("parent_id"), "parent", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE)));

        List<Operation> operations = operations(schema(), schema(parent, child));

        ForeignKey fk = new ForeignKey("fk_child_parent", List.of("parent_id"), null, "parent", List.of("id"),
                ReferentialAction.CASCADE, null);
        CreateIndex index = CreateIndex.of("ix_parent_name", "parent", "name");
        assertThat(operations).containsExactly(
                new DropConstraint(null, "child", "fk_child_parent", fk),
                new DropIndex(null, "parent", "ix_parent_name", false, index),
                new DropTable(null, "child", new CreateTable(null, "child",
                        List.of(Column.column("id", BIGINT).notNull(), Column.column("parent_id", BIGINT)),
                        List.of(new PrimaryKey("pk_child", List.of("id"))), null)),
                new DropTable(null, "parent", new CreateTable(null, "parent",
                        List.of(Column.column("id", BIGINT).notNull(), Column.column("name", varchar(40)).comment("the name")),
                        List.of(new PrimaryKey("pk_parent", List.of("id"))), "parents")));
    }

    // --- columns --------------------------------------------------------------------------------

    @Test
    void addsAndDropsColumnsWithTheirDefinitions() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("added", INTEGER).withDefault("0").notNull()));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("removed", TEXT).withComment("old")));

        assertThat(operations(target, live)).containsExactly(
                new AddColumn(null, "t", Column.column("added", INTEGER).serverDefault("0").notNull()),
                new DropColumn(null, "t", "removed", Column.column("removed", TEXT).comment("old")));
    }

    @Test
    void changesTypeNullabilityDefaultAndCommentInOneReversibleAlterColumn() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("c", BIGINT).notNull().withDefault("1").withComment("new")));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("c", INTEGER).withDefault("0").withComment("old")));

        List<Operation> operations = operations(target, live);

        AlterColumn expected = AlterColumn.of("t", "c").type(BIGINT).nullable(false).serverDefault("1").comment("new")
                .existingType(INTEGER).existingNullable(true).existingServerDefault("0").existingComment("old");
        assertThat(operations).containsExactly(expected);
        assertThat(expected.reverse()).isEqualTo(AlterColumn.of("t", "c").type(INTEGER).nullable(true).serverDefault("0")
                .comment("old").existingType(BIGINT).existingNullable(false).existingServerDefault("1").existingComment("new"));
    }

    @Test
    void resetsTheDefaultAroundATypeChangeSinceTheOldDefaultMayNotConvert() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("mood", enumType("mood")).withDefault("'happy'")));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("mood", varchar(10)).withDefault("'happy'::character varying")));

        AlterColumn alter = (AlterColumn) operations(target, live).get(0);

        assertThat(alter.type()).isEqualTo(enumType("mood"));
        assertThat(alter.serverDefault()).contains("'happy'");
        assertThat(alter.existingServerDefault()).contains("'happy'::character varying");
        assertThat(alter.using()).isNull();
    }

    @Test
    void convertsBetweenEnumTypesThroughTextOnPostgresql() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("m", enumType("feeling"))));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("m", enumType("mood"))));

        assertThat(((AlterColumn) operations(target, live).get(0)).using())
                .isEqualTo("CAST(CAST(\"m\" AS TEXT) AS \"feeling\")");
    }

    @Test
    void comparesServerDefaultsAfterNormalization() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("a", varchar(5)).withDefault("'x'"),
                ColumnModel.of("b", INTEGER).withDefault("-1"), ColumnModel.of("c", TIMESTAMP).withDefault("CURRENT_TIMESTAMP"),
                ColumnModel.of("d", INTEGER).withDefault("NULL"), ColumnModel.of("e", INTEGER).withDefault("2")));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("a", varchar(5)).withDefault("'x'::character varying"),
                ColumnModel.of("b", INTEGER).withDefault("'-1'::integer"), ColumnModel.of("c", TIMESTAMP).withDefault("now()"),
                ColumnModel.of("d", INTEGER), ColumnModel.of("e", INTEGER).withDefault("3")));

        assertThat(operations(target, live)).containsExactly(AlterColumn.of("t", "e").serverDefault("2")
                .existingType(INTEGER).existingNullable(true).existingServerDefault("3").existingComment(null));
    }

    @Test
    void reportsAnIdentityChangeItCannotGenerate() {
        SchemaModel target = schema(table("t", ColumnModel.of("id", BIGINT).asIdentity()));
        SchemaModel live = schema(table("t", id()));

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        assertThat(result.operations()).isEmpty();
        assertThat(result.warnings()).extracting(ComparisonWarning::kind).containsExactly(NOT_GENERATED);
        assertThat(result.hasDifferences()).isTrue();
    }

    // --- keys, indexes, checks ------------------------------------------------------------------

    @Test
    void matchesForeignKeysByColumnsAndTargetNotByNameTakingNoColumnsAsThePrimaryKey() {
        TableModel parent = table("parent", id());
        SchemaModel target = schema(parent, table("child", id(), ColumnModel.of("parent_id", BIGINT))
                .withForeignKeys(List.of(ForeignKeyModel.of("FKabc123", List.of("parent_id"), "parent", List.of()))));
        SchemaModel live = schema(parent, table("child", id(), ColumnModel.of("parent_id", BIGINT))
                .withForeignKeys(List.of(ForeignKeyModel.of("child_parent_id_fkey", List.of("parent_id"), "parent", List.of("id")))));

        assertThat(operations(target, live)).isEmpty();
    }

    @Test
    void replacesAForeignKeyWhoseActionsChanged() {
        TableModel parent = table("parent", id());
        ForeignKeyModel restrict = ForeignKeyModel.of("fk_child_parent", List.of("parent_id"), "parent", List.of("id"));
        SchemaModel target = schema(parent, table("child", id(), ColumnModel.of("parent_id", BIGINT))
                .withForeignKeys(List.of(restrict.onDelete(ReferentialAction.CASCADE))));
        SchemaModel live = schema(parent, table("child", id(), ColumnModel.of("parent_id", BIGINT))
                .withForeignKeys(List.of(restrict.onDelete(ReferentialAction.NO_ACTION))));

        List<Operation> operations = operations(target, live);

        ForeignKey old = new ForeignKey("fk_child_parent", List.of("parent_id"), null, "parent", List.of("id"), null, null);
        assertThat(operations).containsExactly(new DropConstraint(null, "child", "fk_child_parent", old),
                new AddConstraint(null, "child", old.onDelete(ReferentialAction.CASCADE)));
    }

    @Test
    void matchesUniqueKeysByTheirSetOfColumns() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("a", INTEGER), ColumnModel.of("b", INTEGER))
                .withUniqueKeys(List.of(new UniqueKeyModel(null, List.of("b", "a")), new UniqueKeyModel(null, List.of("b")))));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("a", INTEGER), ColumnModel.of("b", INTEGER))
                .withUniqueKeys(List.of(new UniqueKeyModel("t_a_b_key", List.of("a", "b")), new UniqueKeyModel("t_a_key", List.of("a")))));

        assertThat(operations(target, live)).containsExactly(
                new DropConstraint(null, "t", "t_a_key", new UniqueConstraint("t_a_key", List.of("a"))),
                new AddConstraint(null, "t", new UniqueConstraint("uq_t_b", List.of("b"))));
    }

    @Test
    void replacesAChangedPrimaryKey() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("v", INTEGER).notNull())
                .withPrimaryKey(new PrimaryKeyModel(null, List.of("id", "v"))));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("v", INTEGER).notNull())
                .withPrimaryKey(new PrimaryKeyModel("t_pkey", List.of("id"))));

        assertThat(operations(target, live)).containsExactly(
                new DropConstraint(null, "t", "t_pkey", new PrimaryKey("t_pkey", List.of("id"))),
                new AddConstraint(null, "t", new PrimaryKey("pk_t", List.of("id", "v"))));
    }

    @Test
    void comparesIndexesByNameThenDefinition() {
        ColumnModel a = ColumnModel.of("a", INTEGER);
        ColumnModel b = ColumnModel.of("b", INTEGER);
        SchemaModel target = schema(table("t", id(), a, b).withIndexes(List.of(
                IndexModel.on("ix_same", "a"), IndexModel.on("ix_changed", "a", "b"), IndexModel.on("ix_new", "b"),
                new IndexModel("ix_expression", List.of(dev.migrations.ops.IndexKey.expression("lower(x)")), false, "a > 0"))));
        SchemaModel live = schema(table("t", id(), a, b).withIndexes(List.of(
                IndexModel.on("IX_SAME", "A"), IndexModel.on("ix_changed", "a"), IndexModel.on("ix_gone", "b"),
                new IndexModel("ix_expression", List.of(dev.migrations.ops.IndexKey.expression("lower((x)::text)")), false,
                        "(a > 0)"))));

        List<Operation> operations = operations(target, live);

        assertThat(only(operations, DropIndex.class)).extracting(DropIndex::name).containsExactly("ix_changed", "ix_gone");
        assertThat(only(operations, CreateIndex.class)).extracting(CreateIndex::name).containsExactly("ix_changed", "ix_new");
        assertThat(only(operations, DropIndex.class).get(0).definition()).isEqualTo(CreateIndex.of("ix_changed", "t", "a"));
    }

    @Test
    void comparesAPartialIndexOnH2AsTheFullIndexH2BuildsForIt() {
        TableModel bots = table("bots", id(), ColumnModel.of("active", BOOLEAN), ColumnModel.of("created_at", TIMESTAMPTZ));
        IndexModel full = IndexModel.on("ix_bots_active_created_at", "created_at");
        SchemaModel target = schema(bots.withIndexes(List.of(full.where("active"))));
        SchemaModel live = schema(bots.withIndexes(List.of(full)));

        assertThat(comparator.compare(target, live, H2).operations()).isEmpty();
        assertThat(comparator.compare(target, live, POSTGRES).operations())
                .extracting(o -> o.getClass().getSimpleName()).containsExactly("DropIndex", "CreateIndex");
        assertThat(comparator.compare(schema(bots.withIndexes(List.of(full.asUnique().where("active")))),
                schema(bots.withIndexes(List.of(full.asUnique()))), H2).operations())
                .as("a unique partial index is no full one: H2 refuses to build it").isNotEmpty();
    }

    @Test
    void leavesAloneIndexesOfAnAccessMethodNoOperationCanCreate() {
        TableModel documents = table("documents", id(), ColumnModel.of("body", JSONB));
        IndexModel gin = new IndexModel("ix_documents_body", List.of(dev.migrations.ops.IndexKey.column("body")), false, null, "gin");

        ComparisonResult kept = comparator.compare(schema(documents), schema(documents.withIndexes(List.of(gin))), POSTGRES);
        ComparisonResult dropped = comparator.compare(schema(), schema(documents.withIndexes(List.of(gin))), POSTGRES);

        assertThat(kept.operations()).isEmpty();
        assertThat(kept.hasDifferences()).isFalse();
        assertThat(kept.warnings()).extracting(ComparisonWarning::kind).containsExactly(ComparisonWarning.Kind.NOT_COMPARED);
        assertThat(dropped.operations()).extracting(o -> o.getClass().getSimpleName()).containsExactly("DropTable");
        assertThat(dropped.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("downgrade does not recreate"));
    }

    @Test
    void comparesChecksByNormalizedConditionOrNotAtAll() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("price", numeric(10, 2)))
                .withChecks(List.of(new CheckModel(null, "price > 0"), new CheckModel(null, "price < 1000"))));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("price", numeric(10, 2)))
                .withChecks(List.of(new CheckModel("t_price_check", "(price > (0)::numeric)"),
                        new CheckModel("t_price_check1", "(price < (100)::numeric)"))));

        assertThat(operations(target, live)).containsExactly(
                new DropConstraint(null, "t", "t_price_check1", new CheckConstraint("t_price_check1", "(price < (100)::numeric)")),
                new AddConstraint(null, "t", new CheckConstraint(
                        dev.migrations.ops.ConstraintNaming.check("t", "price < 1000"), "price < 1000")));
        assertThat(comparator.compare(target, live, POSTGRES.without(ObjectKind.CHECK)).operations()).isEmpty();
    }

    @Test
    void setsTableCommentsWithTheOneTheyReplace() {
        SchemaModel target = schema(table("t", id()).withComment("new"));
        SchemaModel live = schema(table("t", id()).withComment("old"));

        Operation operation = operations(target, live).get(0);

        assertThat(operation).isEqualTo(new SetTableComment(null, "t", "new", Optional.of("old")));
        assertThat(operations(target, schema(table("t", id()).withComment(""))).get(0))
                .isEqualTo(new SetTableComment(null, "t", "new", Optional.of("")));
    }

    // --- sequences and enum types ---------------------------------------------------------------

    @Test
    void createsAltersAndDropsSequences() {
        SchemaModel target = SchemaModel.of(null, List.of(),
                List.of(new SequenceModel("new_seq", 1L, 50L), new SequenceModel("kept_seq", 1L, 50L)), List.of());
        SchemaModel live = SchemaModel.of(null, List.of(),
                List.of(new SequenceModel("kept_seq", 1L, 1L), new SequenceModel("old_seq", 5L, 1L)), List.of());

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        assertThat(result.operations()).containsExactly(new CreateSequence(null, "new_seq", 1L, 50L),
                new AlterSequence(null, "kept_seq", 50L, 1L),
                new DropSequence(null, "old_seq", new CreateSequence(null, "old_seq", 5L, 1L)));
        assertThat(result.warnings()).isEmpty();
    }

    /** A changed start value means nothing once a sequence is used; a live sequence without an increment steps by 1. */
    @ParameterizedTest(name = "live start {0}, increment {1}; model increment {2}")
    @CsvSource(nullValues = "null", value = {
            "1,    50,   50",
            "1000, 50,   50",
            "1,    null, 1",
            "1,    1,    null"})
    void leavesAnUnchangedIncrementAlone(Long liveStart, Long liveIncrement, Long modelIncrement) {
        SchemaModel target = SchemaModel.of(null, List.of(), List.of(new SequenceModel("seq", 1L, modelIncrement)), List.of());
        SchemaModel live = SchemaModel.of(null, List.of(), List.of(new SequenceModel("seq", liveStart, liveIncrement)), List.of());

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        assertThat(result.hasDifferences()).isFalse();
    }

    @Test
    void addsEnumValuesInTheirPlaceAndNeverRemovesOne() {
        SchemaModel target = SchemaModel.of(null, List.of(), List.of(),
                List.of(new EnumTypeModel("mood", List.of("ecstatic", "happy", "content", "sad"))));
        SchemaModel live = SchemaModel.of(null, List.of(), List.of(),
                List.of(new EnumTypeModel("mood", List.of("happy", "sad", "angry"))));

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        assertThat(result.operations()).containsExactly(new AddEnumValue(null, "mood", "ecstatic", "happy", null),
                new AddEnumValue(null, "mood", "content", null, "happy"));
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(NOT_GENERATED);
            assertThat(w.message()).contains("angry");
        });
    }

    @Test
    void anEnumTypeIsCreatedWithItsTextCastsAndAMissingCastIsReportedWithTheSqlToWrite() {
        SchemaModel target = SchemaModel.of(null, List.of(), List.of(),
                List.of(new EnumTypeModel("mood", List.of("a"), true), new EnumTypeModel("feeling", List.of("x"), true)));
        SchemaModel live = SchemaModel.of(null, List.of(), List.of(), List.of(new EnumTypeModel("feeling", List.of("x"))));

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        assertThat(result.operations()).containsExactly(new CreateEnumType(null, "mood", List.of("a"), true));
        assertThat(result.hasDifferences()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(NOT_GENERATED);
            assertThat(w.message()).contains("Enum type feeling lacks the implicit casts")
                    .contains("CREATE CAST (varchar AS \"feeling\") WITH INOUT AS IMPLICIT and CREATE CAST (\"feeling\" AS varchar)");
        });
    }

    @Test
    void createsEnumTypesBeforeTheTablesUsingThemAndDropsThemAfter() {
        SchemaModel target = SchemaModel.of(null, List.of(table("t", id(), ColumnModel.of("m", enumType("mood")))),
                List.of(), List.of(new EnumTypeModel("mood", List.of("a"))));
        SchemaModel live = SchemaModel.of(null, List.of(table("old", id(), ColumnModel.of("f", enumType("feeling")))),
                List.of(), List.of(new EnumTypeModel("feeling", List.of("x"))));

        List<Operation> operations = operations(target, live);

        assertThat(operations).first().isEqualTo(new CreateEnumType(null, "mood", List.of("a")));
        assertThat(operations).last().isEqualTo(new DropEnumType(null, "feeling", new CreateEnumType(null, "feeling", List.of("x"))));
        assertThat(operations).hasSize(4);
    }

    // --- renames --------------------------------------------------------------------------------

    @Test
    void turnsStatedRenamesIntoRenamesInsteadOfDropAndAdd() {
        SchemaModel target = schema(table("client", id(), ColumnModel.of("full_name", varchar(80)))
                .withIndexes(List.of(IndexModel.on("ix_client_name", "full_name")))
                .withChecks(List.of(new CheckModel("ck_name", "length(full_name) > 1"))),
                table("orders", id(), ColumnModel.of("client_id", BIGINT))
                        .withForeignKeys(List.of(ForeignKeyModel.of(null, List.of("client_id"), "client", List.of()))));
        SchemaModel live = schema(table("customer", id(), ColumnModel.of("name", varchar(80)))
                .withIndexes(List.of(IndexModel.on("ix_client_name", "name")))
                .withChecks(List.of(new CheckModel("ck_name", "(length((name)::text) > 1)"))),
                table("orders", id(), ColumnModel.of("client_id", BIGINT))
                        .withForeignKeys(List.of(ForeignKeyModel.of("fk", List.of("client_id"), "customer", List.of("id")))));
        ComparisonOptions renames = POSTGRES.withRenames(List.of(Rename.parse("customer=client"),
                Rename.parse("client.name=full_name")));

        ComparisonResult result = comparator.compare(target, live, renames);

        assertThat(result.operations()).containsExactly(new RenameTable(null, "customer", "client"),
                AlterColumn.of("client", "name").rename("full_name"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void warnsAboutARenameThatDoesNotFitAndDoesNotApplyIt() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("b", INTEGER)));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("a", INTEGER)));

        ComparisonResult result = comparator.compare(target, live, POSTGRES.withRenames(List.of(Rename.parse("t.x=b"))));

        assertThat(result.warnings()).extracting(ComparisonWarning::kind).containsExactly(IGNORED_RENAME);
        assertThat(result.operations()).hasSize(2);
    }

    /** A rename annotation stays on the entity; a new database (a new environment) gets the table as it is now. */
    @Test
    void passesOverARenameInANewDatabaseButWarnsOfAMistypedOne() {
        SchemaModel target = schema(table("client", id(), ColumnModel.of("full_name", varchar(80))));
        SchemaModel empty = schema();

        ComparisonResult created = comparator.compare(target, empty, POSTGRES.withRenames(List.of(
                Rename.parse("customer=client"), Rename.parse("client.name=full_name"))));
        ComparisonResult typo = comparator.compare(target, empty, POSTGRES.withRenames(List.of(
                Rename.parse("cleint.name=full_name"))));
        ComparisonResult mistypedTable = comparator.compare(target, schema(table("customer", id())),
                POSTGRES.withRenames(List.of(Rename.parse("custmer=client"))));

        assertThat(created.operations()).singleElement().isInstanceOf(CreateTable.class);
        assertThat(created.warnings()).isEmpty();
        assertThat(typo.warnings()).extracting(ComparisonWarning::message)
                .containsExactly("The stated column rename cleint.name=full_name does not apply: the database has no "
                        + "table cleint. Check the names, or drop the rename.");
        assertThat(mistypedTable.warnings()).extracting(ComparisonWarning::message)
                .contains("The stated table rename custmer=client does not apply: the database has no table custmer. "
                        + "Check the names, or drop the rename.");
    }

    /** A rename of a table of another schema (an {@code @Table(schema)}, or Hibernate's default schema) is made there. */
    @Test
    void aStatedRenameInAnotherSchemaIsMadeInThatSchema() {
        SchemaModel target = schema().withOtherSchemas(List.of(
                SchemaModel.of("ledger", List.of(table("client", id(), ColumnModel.of("full_name", varchar(80)))),
                        List.of(), List.of())));
        SchemaModel live = schema().withOtherSchemas(List.of(
                SchemaModel.of("ledger", List.of(table("client", id(), ColumnModel.of("name", varchar(80)))),
                        List.of(), List.of())));

        ComparisonResult result = comparator.compare(target, live,
                POSTGRES.withRenames(List.of(Rename.parse("client.name=full_name"))));

        assertThat(result.warnings()).isEmpty();
        assertThat(result.operations()).singleElement().isInstanceOf(AlterColumn.class)
                .satisfies(op -> assertThat(((AlterColumn) op).schema()).isEqualTo("ledger"));
    }

    @Test
    void passesOverARenameThatHasBeenAppliedAlready() {
        SchemaModel renamed = schema(table("client", id(), ColumnModel.of("full_name", varchar(80))));

        ComparisonResult result = comparator.compare(renamed, renamed, POSTGRES.withRenames(List.of(
                Rename.parse("customer=client"), Rename.parse("client.name=full_name"))));

        assertThat(result.operations()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void warnsThatADroppedAndAnAddedLookalikeMayBeARename() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("full_name", varchar(80)), ColumnModel.of("age", INTEGER)),
                table("client", id(), ColumnModel.of("name", TEXT)));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("name", raw("character varying(80)"))),
                table("customer", ColumnModel.of("ID", BIGINT).notNull(), ColumnModel.of("NAME", TEXT)));

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        Change dropColumn = result.changes().stream().filter(c -> c.operation() instanceof DropColumn).findFirst().orElseThrow();
        assertThat(dropColumn.warnings()).extracting(ComparisonWarning::kind).containsExactly(POSSIBLE_RENAME, DATA_LOSS);
        assertThat(dropColumn.warnings().get(0).message()).contains("t.name", "t.full_name", "--rename t.name=full_name");
        Change dropTable = result.changes().stream().filter(c -> c.operation() instanceof DropTable).findFirst().orElseThrow();
        assertThat(dropTable.warnings()).extracting(ComparisonWarning::kind).containsExactly(POSSIBLE_RENAME, DATA_LOSS);
        assertThat(dropTable.warnings().get(0).message()).contains("--rename customer=client");
    }

    // --- dangerous operations -------------------------------------------------------------------

    @Test
    void warnsAboutNotNullWithoutADefaultOnAnExistingTableOnly() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("required", INTEGER).notNull(),
                        ColumnModel.of("defaulted", INTEGER).notNull().withDefault("0"), ColumnModel.of("tightened", INTEGER).notNull()),
                table("fresh", id(), ColumnModel.of("required", INTEGER).notNull()));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("tightened", INTEGER)));

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        assertThat(result.changes()).filteredOn(c -> !c.warnings().isEmpty())
                .extracting(c -> c.operation().getClass().getSimpleName(), c -> c.warnings().get(0).kind())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("AddColumn", NOT_NULL_ON_EXISTING_ROWS),
                        org.assertj.core.groups.Tuple.tuple("AlterColumn", NOT_NULL_ON_EXISTING_ROWS));
        // The remedy keeps the schema matching the model: a default in the model, or one dropped after filling.
        assertThat(result.changes()).filteredOn(c -> c.operation() instanceof AddColumn && !c.warnings().isEmpty())
                .singleElement().satisfies(c -> assertThat(c.warnings().get(0).message())
                        .contains("Adds NOT NULL column t.required without a server default")
                        .contains("@ColumnDefault")
                        .contains("AlterColumn.of(\"t\", \"required\").dropServerDefault().existingServerDefault("));
    }

    @Test
    void warnsAboutTypeChangesThatRewriteThePostgresqlTable() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("longer", varchar(200)), ColumnModel.of("text", TEXT),
                ColumnModel.of("wider", numeric(14, 2)), ColumnModel.of("shorter", varchar(10)), ColumnModel.of("big", BIGINT),
                ColumnModel.of("rescaled", numeric(14, 4))));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("longer", varchar(100)), ColumnModel.of("text", varchar(50)),
                ColumnModel.of("wider", numeric(10, 2)), ColumnModel.of("shorter", varchar(20)), ColumnModel.of("big", INTEGER),
                ColumnModel.of("rescaled", numeric(14, 2))).withEstimatedRows(42));

        ComparisonResult postgres = comparator.compare(target, live, POSTGRES);
        ComparisonResult h2 = comparator.compare(target, live, H2);

        assertThat(postgres.changes()).filteredOn(c -> !c.warnings().isEmpty())
                .extracting(c -> ((AlterColumn) c.operation()).column()).containsExactly("shorter", "big", "rescaled");
        assertThat(postgres.allWarnings()).allSatisfy(w -> {
            assertThat(w.kind()).isEqualTo(TABLE_REWRITE);
            assertThat(w.message()).contains("about 42 rows");
        });
        assertThat(h2.allWarnings()).isEmpty();
    }

    @Test
    void warnsAboutBlockingIndexBuildsOnLargePostgresqlTables() {
        TableModel big = table("big", id(), ColumnModel.of("a", INTEGER)).withEstimatedRows(5_000_000);
        TableModel small = table("small", id(), ColumnModel.of("a", INTEGER)).withEstimatedRows(10);
        SchemaModel target = schema(big.withIndexes(List.of(IndexModel.on("ix_big_a", "a")))
                        .withUniqueKeys(List.of(new UniqueKeyModel(null, List.of("a")))),
                small.withIndexes(List.of(IndexModel.on("ix_small_a", "a"))));
        SchemaModel live = schema(big, small);

        ComparisonResult result = comparator.compare(target, live, POSTGRES);

        assertThat(result.allWarnings()).extracting(ComparisonWarning::kind).containsExactly(BLOCKING_INDEX_BUILD, BLOCKING_INDEX_BUILD);
        assertThat(result.allWarnings().get(1).message()).contains("ix_big_a", "about 5000000 rows", "concurrently");
        assertThat(comparator.compare(target, live, POSTGRES.withLargeTableRows(10_000_000)).allWarnings()).isEmpty();
    }

    // --- filters --------------------------------------------------------------------------------

    @Test
    void comparesOnlyTheTablesTheFilterIncludes() {
        SchemaModel target = schema(table("app_user", id()), table("app_role", id()));
        SchemaModel live = schema(table("legacy_audit", id()), table("app_old", id()));
        ComparisonOptions options = POSTGRES.withTables(new NameFilter(List.of("app_*"), List.of("app_r?le")));

        List<Operation> operations = comparator.compare(target, live, options).operations();

        assertThat(operations).extracting(o -> o.getClass().getSimpleName() + " " + (o instanceof CreateTable c ? c.name()
                : ((DropTable) o).name())).containsExactly("CreateTable app_user", "DropTable app_old");
    }


    @Test
    void aForeignKeyIntoATableTheFilterLeavesOutStillResolvesItsPrimaryKey() {
        TableModel account = table("account", id());
        TableModel order = table("orders", id(), ColumnModel.of("account_id", BIGINT))
                .withForeignKeys(List.of(ForeignKeyModel.of(null, List.of("account_id"), "account", List.of())));
        SchemaModel target = schema(account, order);
        SchemaModel live = schema(account, table("orders", id(), ColumnModel.of("account_id", BIGINT)));

        List<Operation> operations = comparator.compare(target, live,
                POSTGRES.withTables(new NameFilter(List.of(), List.of("account")))).operations();

        assertThat(operations).singleElement().isInstanceOfSatisfying(AddConstraint.class, add ->
                assertThat(((ForeignKey) add.constraint()).referencedColumns()).containsExactly("id"));
    }

    @Test
    void leavesAloneTheIndexesAndConstraintsTheObjectFilterExcludesByNameOrByTheirConventionalName() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("a", INTEGER))
                .withChecks(List.of(new CheckModel(null, "a > 0")))
                .withIndexes(List.of(IndexModel.on("ix_t_a", "a"))));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("a", INTEGER))
                .withIndexes(List.of(IndexModel.on("ix_t_partial", "a")))
                .withUniqueKeys(List.of(new UniqueKeyModel("uq_legacy", List.of("a")))));
        ComparisonOptions options = POSTGRES.withObjects(new NameFilter(List.of(),
                List.of("ix_t_partial", "uq_*", ConstraintNaming.check("t", "a > 0"))));

        List<Operation> operations = comparator.compare(target, live, options).operations();

        assertThat(operations).singleElement().isInstanceOfSatisfying(CreateIndex.class,
                create -> assertThat(create.name()).isEqualTo("ix_t_a"));
    }
    @Test
    void leavesOutTheKindsOfDifferenceTheOptionsExclude() {
        SchemaModel target = schema(table("t", id(), ColumnModel.of("a", BIGINT).notNull().withComment("c"), ColumnModel.of("n", INTEGER)));
        SchemaModel live = schema(table("t", id(), ColumnModel.of("a", INTEGER), ColumnModel.of("gone", INTEGER)));
        ComparisonOptions options = new ComparisonOptions(POSTGRES.dialect(), NameFilter.ALL, NameFilter.ALL, EnumSet.of(ObjectKind.TYPE),
                List.of(), ComparisonOptions.DEFAULT_LARGE_TABLE_ROWS);

        List<Operation> operations = comparator.compare(target, live, options).operations();

        assertThat(operations).containsExactly(AlterColumn.of("t", "a").type(BIGINT).existingType(INTEGER)
                .existingNullable(true).existingServerDefault(null).existingComment(null));
    }

    @Test
    void whatTheModelCannotHoldIsADifferenceThatNamesTheFilterToLeaveItOutWith() {
        SchemaModel target = SchemaModel.empty().withUnsupported(List.of(
                new UnsupportedObject(UnsupportedObject.TABLE, "audit.audit_event", "Table audit.audit_event is in schema audit"),
                new UnsupportedObject("column", "order.total", "Column order.total is generated")));

        ComparisonResult result = comparator.compare(target, SchemaModel.empty(), POSTGRES);
        ComparisonResult excluded = comparator.compare(target, SchemaModel.empty(), POSTGRES
                .withTables(new NameFilter(List.of(), List.of("audit.*")))
                .withObjects(new NameFilter(List.of(), List.of("order.total"))));

        assertThat(result.operations()).isEmpty();
        assertThat(result.hasDifferences()).isTrue();
        assertThat(result.warnings()).extracting(ComparisonWarning::kind).containsOnly(ComparisonWarning.Kind.NOT_SUPPORTED);
        assertThat(result.warnings()).extracting(ComparisonWarning::message)
                .anyMatch(m -> m.startsWith("Table audit.audit_event is in schema audit: no operation expresses it")
                        && m.endsWith("migrations.autogenerate.exclude-tables=audit.audit_event."))
                .anyMatch(m -> m.endsWith("migrations.autogenerate.exclude-objects=order.total."));
        assertThat(excluded.hasDifferences()).isFalse();
    }

    @Test
    void aLargeObjectColumnWarnsThatItsDowngradeLeavesTheLargeObjectsAndSaysHowToUnlinkThem() {
        SchemaModel target = SchemaModel.of(null, List.of(table("document", id(), ColumnModel.of("body", raw("oid")))),
                List.of(), List.of());

        ComparisonResult result = comparator.compare(target, SchemaModel.empty(), POSTGRES);

        assertThat(result.changes()).singleElement().satisfies(change -> assertThat(change.warnings())
                .singleElement().satisfies(w -> {
                    assertThat(w.kind()).isEqualTo(ComparisonWarning.Kind.LARGE_OBJECTS);
                    assertThat(w.message()).contains("the downgrade drops the table, not the large objects")
                            .contains("op.execute(\"SELECT lo_unlink(body) FROM document WHERE body IS NOT NULL\")");
                }));
        assertThat(comparator.compare(SchemaModel.empty(), target, POSTGRES).allWarnings())
                .anyMatch(w -> w.kind() == ComparisonWarning.Kind.DATA_LOSS && w.message().contains("lo_unlink(body)"));
    }

    @Test
    void aGeneratedColumnIsCreatedWithItsExpressionAndAChangedExpressionIsReported() {
        ColumnModel total = ColumnModel.of("total", INTEGER).generatedAs("quantity * price");
        SchemaModel target = SchemaModel.of(null, List.of(table("line", id(), total)), List.of(), List.of());
        SchemaModel same = SchemaModel.of(null, List.of(table("line", id(),
                ColumnModel.of("total", INTEGER).generatedAs("(quantity * price)"))), List.of(), List.of());
        SchemaModel changed = SchemaModel.of(null, List.of(table("line", id(),
                ColumnModel.of("total", INTEGER).generatedAs("quantity + price"))), List.of(), List.of());

        assertThat(operations(target, SchemaModel.empty())).singleElement()
                .satisfies(op -> assertThat(((CreateTable) op).columns()).last()
                        .isEqualTo(Column.column("total", INTEGER).generated("quantity * price")));
        assertThat(comparator.compare(target, same, POSTGRES).hasDifferences()).isFalse();
        ComparisonResult result = comparator.compare(target, changed, POSTGRES);
        assertThat(result.operations()).isEmpty();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(NOT_GENERATED);
            assertThat(w.message()).contains("line.total is generated as (quantity * price) in the model and generated "
                    + "as (quantity + price) in the database");
        });
    }

    @Test
    void anotherSchemaIsCreatedFirstItsTablesInItAndKeysAcrossSchemasAddedOnceEveryTableExists() {
        TableModel event = new TableModel("audit_event", List.of(id(), ColumnModel.of("user_id", BIGINT)),
                new PrimaryKeyModel(null, List.of("id")), List.of(),
                List.of(new ForeignKeyModel(null, List.of("user_id"), "crm", "person", List.of("id"), null, null)),
                List.of(), List.of(), null, TableModel.UNKNOWN_ROWS);
        SchemaModel target = SchemaModel.empty().withOtherSchemas(List.of(
                SchemaModel.of("audit", List.of(event), List.of(), List.of())));
        SchemaModel liveWithSchema = SchemaModel.empty().withOtherSchemas(List.of(SchemaModel.empty("audit")));

        List<Operation> operations = operations(target, SchemaModel.empty());

        assertThat(operations).hasSize(3);
        assertThat(operations.get(0)).isEqualTo(new CreateSchema("audit"));
        assertThat(operations.get(1)).isInstanceOfSatisfying(CreateTable.class, create -> {
            assertThat(create.schema()).isEqualTo("audit");
            assertThat(create.constraints()).noneMatch(c -> c instanceof ForeignKey);
        });
        assertThat(operations.get(2)).isInstanceOfSatisfying(AddConstraint.class,
                add -> assertThat(add.schema()).isEqualTo("audit"));
        assertThat(operations(target, liveWithSchema)).doesNotContain(new CreateSchema("audit")).hasSize(2);
        assertThat(operations(target, target)).isEmpty();
    }
}
