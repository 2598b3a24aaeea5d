package dev.migrations.autogenerate;

import dev.migrations.dialect.Dialect;
import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.Column;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropTable;
import dev.migrations.ops.Operation;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.UniqueConstraint;
import dev.migrations.schema.NameKey;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns about the operations that lose data, fail on existing rows, or lock a busy table for long: dropped
 * tables and columns; NOT NULL without a default on a table that exists; on PostgreSQL, type changes that
 * rewrite the table, and indexes built without CONCURRENTLY on a table the statistics call large.
 */
final class OperationRisks {

    private final ComparisonOptions options;
    private final TypeNormalizer types;
    private final SchemaModel live;
    private final Dialect dialect;

    OperationRisks(ComparisonOptions options, TypeNormalizer types, SchemaModel live) {
        this.options = options;
        this.types = types;
        this.live = live;
        this.dialect = options.dialect();
    }

    void annotate(Plan plan) {
        Set<NameKey> created = plan.changes().stream().map(Change::operation)
                .filter(o -> o instanceof CreateTable).map(o -> NameKey.of(((CreateTable) o).name())).collect(Collectors.toSet());
        plan.annotate(change -> annotate(withLargeObjects(change), created));
    }

    /** New large object (oid) columns: what their derived downgrade leaves behind. */
    private Change withLargeObjects(Change change) {
        if (change.operation() instanceof CreateTable create && !largeObjectsLeft(create.name(), create.columns()).isEmpty()) {
            return change.warn(warning(ComparisonWarning.Kind.LARGE_OBJECTS, "Table " + create.name() + " has large "
                    + "object (oid) columns: the downgrade drops the table, not the large objects its rows point to."
                    + largeObjectsLeft(create.name(), create.columns()) + " Do that in downgrade() before the drop."));
        }
        if (change.operation() instanceof AddColumn add && !largeObjectsLeft(add.table(), List.of(add.column())).isEmpty()) {
            return change.warn(warning(ComparisonWarning.Kind.LARGE_OBJECTS, "Column " + add.table() + "."
                    + add.column().name() + " holds large objects (oid): the downgrade drops the column, not them."
                    + largeObjectsLeft(add.table(), List.of(add.column())) + " Do that in downgrade() before the drop."));
        }
        return change;
    }

    private Change annotate(Change change, Set<NameKey> created) {
        Operation operation = change.operation();
        if (operation instanceof DropTable drop) {
            return change.warn(warning(ComparisonWarning.Kind.DATA_LOSS, "Drops table " + drop.name() + " and all its rows"
                    + size(drop.name()) + "." + largeObjectsLeft(drop.name(), drop.definition() == null ? List.of()
                    : drop.definition().columns()) + " " + ComparisonWarning.unmappedTableAdvice(drop.name())));
        }
        if (operation instanceof DropColumn drop) {
            return change.warn(warning(ComparisonWarning.Kind.DATA_LOSS, "Drops column " + drop.table() + "." + drop.name()
                    + " and its data" + size(drop.table()) + "." + largeObjectsLeft(drop.table(),
                    drop.definition() == null ? List.of() : List.of(drop.definition()))));
        }
        if (operation instanceof AddColumn add && !created.contains(NameKey.of(add.table())) && !add.column().nullable()
                && add.column().serverDefault() == null && !add.column().isIdentity()) {
            return change.warn(warning(ComparisonWarning.Kind.NOT_NULL_ON_EXISTING_ROWS, "Adds NOT NULL column " + add.table()
                    + "." + add.column().name() + " without a server default: it fails if " + add.table() + " has rows"
                    + size(add.table()) + ". Give it a server default in the model (with JPA, @ColumnDefault on the "
                    + "field) and generate again; or give it one here to fill the existing rows and drop it after "
                    + "(AlterColumn.of(\"" + add.table() + "\", \"" + add.column().name() + "\").dropServerDefault()"
                    + ".existingServerDefault(<it>)), so that the schema still matches the model; or add it nullable, "
                    + "fill it, then make it NOT NULL."));
        }
        if (operation instanceof AlterColumn alter) {
            return annotateAlter(change, alter);
        }
        if (operation instanceof CreateIndex index && !index.isConcurrent() && blocks(index.table(), created)) {
            return change.warn(warning(ComparisonWarning.Kind.BLOCKING_INDEX_BUILD, "Builds index " + index.name() + " on "
                    + index.table() + size(index.table()) + " without CONCURRENTLY: writes to " + index.table()
                    + " wait until it is built. Consider .concurrently() in a non-transactional revision."));
        }
        if (operation instanceof AddConstraint add && (add.constraint() instanceof PrimaryKey
                || add.constraint() instanceof UniqueConstraint) && blocks(add.table(), created)) {
            return change.warn(warning(ComparisonWarning.Kind.BLOCKING_INDEX_BUILD, "Adds " + add.constraint().name() + " to "
                    + add.table() + size(add.table()) + ", building its index while writes to the table wait. Consider "
                    + "building a unique index concurrently first."));
        }
        return change;
    }

    private Change annotateAlter(Change change, AlterColumn alter) {
        Change annotated = change;
        if (Boolean.FALSE.equals(alter.nullable()) && !Boolean.FALSE.equals(alter.existingNullable())) {
            annotated = annotated.warn(warning(ComparisonWarning.Kind.NOT_NULL_ON_EXISTING_ROWS, "Makes " + alter.table() + "."
                    + alter.column() + " NOT NULL: it fails if any row of " + alter.table() + size(alter.table()) + " holds NULL there. "
                    + "Fill those rows first, with op.execute(\"UPDATE ...\") or a batched update."));
        }
        if (alter.type() != null && alter.existingType() != null
                && dialect.typeChangeRewritesTable(types.normalize(alter.existingType()), types.normalize(alter.type()))) {
            annotated = annotated.warn(warning(ComparisonWarning.Kind.TABLE_REWRITE, "Changing " + alter.table() + "."
                    + alter.column() + " from " + options.dialect().typeName(alter.existingType()) + " to "
                    + options.dialect().typeName(alter.type()) + " rewrites table " + alter.table() + size(alter.table())
                    + " under an exclusive lock: reads and writes wait until it is done."));
        }
        return annotated;
    }

    /**
     * For the columns among {@code columns} whose values point outside the table (PostgreSQL's large objects): the
     * statements that free what their rows point to, which dropping the column or table leaves behind. Freeing is
     * left to the developer, since another row may share such a value.
     */
    private String largeObjectsLeft(String table, List<Column> columns) {
        List<String> unlinks = columns.stream()
                .map(c -> dialect.releaseExternalValues(table, c.name(), c.type()))
                .filter(Objects::nonNull)
                .map(sql -> "op.execute(\"" + sql + "\")").toList();
        return unlinks.isEmpty() ? "" : " Its large objects stay in pg_largeobject unless they are unlinked first: "
                + String.join("; ", unlinks) + ".";
    }

    private boolean blocks(String table, Set<NameKey> created) {
        if (!dialect.buildsIndexesWithoutBlocking() || created.contains(NameKey.of(table))) {
            return false;
        }
        long rows = live.table(table).map(TableModel::estimatedRows).orElse(TableModel.UNKNOWN_ROWS);
        return rows >= options.largeTableRows();
    }

    private String size(String table) {
        long rows = live.table(table).map(TableModel::estimatedRows).orElse(TableModel.UNKNOWN_ROWS);
        return rows < 0 ? "" : " (about " + rows + " rows)";
    }

    private static ComparisonWarning warning(ComparisonWarning.Kind kind, String message) {
        return new ComparisonWarning(kind, message);
    }
}
