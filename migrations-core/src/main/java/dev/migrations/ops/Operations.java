package dev.migrations.ops;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a migration calls, as Alembic's {@code op}. Each method builds an {@link Operation} value and
 * hands it on; the same migration therefore runs online, renders offline, and reverses.
 * Constraints declared inline on columns are turned into named table constraints, so that each can be
 * dropped by name later.
 */
public final class Operations {

    private final OperationSink sink;
    private final String schema;

    public Operations(OperationSink sink) {
        this(sink, null);
    }

    private Operations(OperationSink sink, String schema) {
        this.sink = sink;
        this.schema = schema;
    }

    /** The same operations, acting on tables of {@code schema} instead of the connection's default. */
    public Operations inSchema(String schema) {
        return new Operations(sink, schema);
    }

    /** Hands on any operation value as it is. */
    public void run(Operation operation) {
        sink.accept(operation);
    }

    // --- schemas --------------------------------------------------------------------------------

    /** Creates a schema; the derived downgrade drops it (never with CASCADE). */
    public void createSchema(String name) {
        run(new CreateSchema(name));
    }

    /** Drops an empty schema; the derived downgrade creates it again. */
    public void dropSchema(String name) {
        run(new DropSchema(name));
    }

    // --- tables ---------------------------------------------------------------------------------

    /**
     * {@code createTable("users", column("id", BIGINT).primaryKey().identity(), column("email", varchar(255)).notNull())}.
     */
    public void createTable(String name, TableElement... elements) {
        createTable(name, null, elements);
    }

    public void createTable(String name, String comment, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        for (TableElement element : elements) {
            if (element instanceof Column column) {
                columns.add(plain(column));
                if (column.isPrimaryKey()) {
                    primaryKey.add(column.name());
                }
                constraints.addAll(inlineConstraints(name, column));
            } else {
                constraints.add(ConstraintNaming.named(name, (TableConstraint) element));
            }
        }
        if (!primaryKey.isEmpty()) {
            constraints.add(0, new PrimaryKey(ConstraintNaming.primaryKey(name), primaryKey));
        }
        run(new CreateTable(schema, name, columns, constraints, comment));
    }

    /** Drops a table; the downgrade cannot be derived. */
    public void dropTable(String name) {
        run(new DropTable(schema, name, null));
    }

    /** Drops a table whose definition is given, so that the downgrade can recreate it. */
    public void dropTable(String name, TableElement... definition) {
        List<Operation> created = RecordingSink.recordWithin(sink, o -> o.inSchema(schema).createTable(name, definition));
        run(new DropTable(schema, name, (CreateTable) created.get(0)));
    }

    public void renameTable(String name, String newName) {
        run(new RenameTable(schema, name, newName));
    }

    public void setTableComment(String table, String comment) {
        run(new SetTableComment(schema, table, comment, null));
    }

    public void setTableComment(String table, String comment, String existingComment) {
        run(new SetTableComment(schema, table, comment, Optional.ofNullable(existingComment)));
    }

    // --- columns --------------------------------------------------------------------------------

    public void addColumn(String table, Column column) {
        run(new AddColumn(schema, table, plain(column)));
        inlineConstraints(table, column).forEach(c -> run(new AddConstraint(schema, table, c)));
    }

    /** Drops a column; the downgrade cannot be derived. */
    public void dropColumn(String table, String column) {
        run(new DropColumn(schema, table, column, null));
    }

    /** Drops a column whose definition is given, so that the downgrade can restore it (without its data). */
    public void dropColumn(String table, Column definition) {
        run(new DropColumn(schema, table, definition.name(), plain(definition)));
    }

    /** {@code alterColumn(AlterColumn.of("users", "age").type(BIGINT).existingType(INTEGER))}. */
    public void alterColumn(AlterColumn change) {
        run(change.schema() == null ? change.inSchema(schema) : change);
    }

    public void renameColumn(String table, String column, String newName) {
        alterColumn(AlterColumn.of(table, column).rename(newName));
    }

    // --- indexes --------------------------------------------------------------------------------

    public void createIndex(String name, String table, String... columns) {
        createIndex(CreateIndex.of(name, table, columns));
    }

    /** {@code createIndex(CreateIndex.of("ix_active", "bots", "user_id").where("active").concurrently())}. */
    public void createIndex(CreateIndex index) {
        run(index.schema() == null ? index.inSchema(schema) : index);
    }

    /** Drops an index; the downgrade cannot be derived. */
    public void dropIndex(String name, String table) {
        run(new DropIndex(schema, table, name, false, null));
    }

    /** Drops the given index, so that the downgrade can recreate it. */
    public void dropIndex(CreateIndex definition) {
        CreateIndex index = definition.schema() == null ? definition.inSchema(schema) : definition;
        run(new DropIndex(index.schema(), index.table(), index.name(), index.isConcurrent(), index));
    }

    // --- constraints ----------------------------------------------------------------------------

    public void createPrimaryKey(String name, String table, String... columns) {
        addConstraint(table, new PrimaryKey(name, Arrays.asList(columns)));
    }

    public void createUniqueConstraint(String name, String table, String... columns) {
        addConstraint(table, new UniqueConstraint(name, Arrays.asList(columns)));
    }

    public void createForeignKey(String name, String table, String referencedTable, List<String> columns,
                                 List<String> referencedColumns) {
        addConstraint(table, ForeignKey.of(columns, referencedTable, referencedColumns).withName(name));
    }

    /** {@code createForeignKey("trades", ForeignKey.of(List.of("user_id"), "users", List.of("id")).onDelete(CASCADE))}. */
    public void createForeignKey(String table, ForeignKey foreignKey) {
        addConstraint(table, foreignKey);
    }

    public void createCheckConstraint(String name, String table, String condition) {
        addConstraint(table, new CheckConstraint(name, condition));
    }

    /** Adds any constraint; an unnamed one gets the conventional name. */
    public void addConstraint(String table, TableConstraint constraint) {
        run(new AddConstraint(schema, table, ConstraintNaming.named(table, constraint)));
    }

    /** Drops a constraint by name; the downgrade cannot be derived. */
    public void dropConstraint(String name, String table) {
        run(new DropConstraint(schema, table, name, null));
    }

    /** Drops the given constraint, so that the downgrade can restore it. */
    public void dropConstraint(String table, TableConstraint definition) {
        TableConstraint named = ConstraintNaming.named(table, definition);
        run(new DropConstraint(schema, table, named.name(), named));
    }

    // --- types, sequences -----------------------------------------------------------------------

    public void createEnumType(String name, String... values) {
        run(new CreateEnumType(schema, name, Arrays.asList(values)));
    }

    /** {@code createEnumType(CreateEnumType.of("mood", "happy", "sad").withTextCasts())}. */
    public void createEnumType(CreateEnumType type) {
        run(type.schema() == null ? type.inSchema(schema) : type);
    }

    /** Drops an enum type (never with CASCADE); the downgrade cannot be derived. */
    public void dropEnumType(String name) {
        run(new DropEnumType(schema, name, null));
    }

    /** Drops an enum type whose values are given, so that the downgrade can recreate it. */
    public void dropEnumType(String name, String... values) {
        run(new DropEnumType(schema, name, new CreateEnumType(schema, name, Arrays.asList(values))));
    }

    /** Drops the given enum type (its casts too), so that the downgrade can recreate it. */
    public void dropEnumType(CreateEnumType definition) {
        CreateEnumType type = definition.schema() == null ? definition.inSchema(schema) : definition;
        run(new DropEnumType(type.schema(), type.name(), type));
    }

    public void addEnumValue(String type, String value) {
        run(new AddEnumValue(schema, type, value, null, null));
    }

    public void addEnumValueAfter(String type, String value, String existing) {
        run(new AddEnumValue(schema, type, value, null, existing));
    }

    public void addEnumValueBefore(String type, String value, String existing) {
        run(new AddEnumValue(schema, type, value, existing, null));
    }

    public void createSequence(String name) {
        run(new CreateSequence(schema, name, null, null));
    }

    public void createSequence(String name, long start, long increment) {
        run(new CreateSequence(schema, name, start, increment));
    }

    /** Sets the step of a sequence; the downgrade cannot be derived. */
    public void alterSequence(String name, long increment) {
        run(new AlterSequence(schema, name, increment, null));
    }

    /** Sets the step of a sequence that stepped by {@code existingIncrement}, so that the downgrade can restore it. */
    public void alterSequence(String name, long increment, long existingIncrement) {
        run(new AlterSequence(schema, name, increment, existingIncrement));
    }

    /** Drops a sequence; the downgrade cannot be derived. */
    public void dropSequence(String name) {
        run(new DropSequence(schema, name, null));
    }

    /** Drops a sequence whose definition is given, so that the downgrade can recreate it. */
    public void dropSequence(String name, long start, long increment) {
        run(new DropSequence(schema, name, new CreateSequence(schema, name, start, increment)));
    }

    // --- data -----------------------------------------------------------------------------------

    /** Runs SQL as written, binding {@code ?} to {@code params}. */
    public void execute(String sql, Object... params) {
        run(new Execute(sql, Arrays.asList(params)));
    }

    /** {@code bulkInsert("roles", List.of(Map.of("name", "admin"), Map.of("name", "user")))}. */
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        run(BulkInsert.of(schema, table, rows));
    }

    /** A data migration in batches paged by key, with progress logged: see {@link BatchedUpdate}. */
    public void batchedUpdate(BatchedUpdate update) {
        run(update.schema() == null ? update.inSchema(schema) : update);
    }

    // --- control --------------------------------------------------------------------------------

    /**
     * Runs {@code body} outside the revision's transaction, as Alembic's {@code autocommit_block}, for
     * statements such as {@code CREATE INDEX CONCURRENTLY} or {@code ALTER TYPE ... ADD VALUE}.
     */
    public void autocommit(Consumer<Operations> body) {
        run(new AutocommitBlock(RecordingSink.recordWithin(sink, o -> body.accept(o.inSchema(schema)))));
    }

    /** Runs the reversal of {@code body}: its operations reversed, in reverse order. */
    public void reverseOf(Consumer<Operations> body) {
        List<Operation> reversed = new ArrayList<>();
        for (Operation operation : RecordingSink.recordWithin(sink, o -> body.accept(o.inSchema(schema)))) {
            reversed.add(operation.reverse());
        }
        Collections.reverse(reversed);
        DerivedDowngrade.withoutDropsCoveredByDropTable(reversed).forEach(this::run);
    }

    /** The database this revision runs on, for the rare migration that must differ on one of them. */
    public Database database() {
        return sink.database();
    }

    /**
     * The revision's live connection, inside its transaction, for data work that SQL alone cannot do.
     * Work done through it is neither in offline SQL nor in the revision's checksum.
     */
    public Connection connection() {
        return sink.connection();
    }

    // --- inline constraints ---------------------------------------------------------------------

    private static Column plain(Column column) {
        return new Column(column.name(), column.type(), column.nullable(), column.serverDefault(), false,
                column.isIdentity(), false, null, null, column.comment(), column.generated());
    }

    private static List<TableConstraint> inlineConstraints(String table, Column column) {
        List<TableConstraint> constraints = new ArrayList<>();
        List<String> columns = List.of(column.name());
        if (column.isUnique()) {
            constraints.add(ConstraintNaming.named(table, new UniqueConstraint(null, columns)));
        }
        if (column.references() != null) {
            ColumnReference ref = column.references();
            constraints.add(ConstraintNaming.named(table, new ForeignKey(null, columns, ref.schema(), ref.table(),
                    List.of(ref.column()), ref.onDelete(), ref.onUpdate())));
        }
        if (column.check() != null) {
            constraints.add(ConstraintNaming.named(table, new CheckConstraint(null, column.check())));
        }
        return constraints;
    }
}
