package dev.migrations.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in their order, keys, indexes, checks and comment.
 *
 * @param primaryKey the primary key, or null when the table has none
 * @param estimatedRows the database's estimate of its row count (PostgreSQL {@code pg_class.reltuples}),
 *        or -1 when unknown: never analysed, or a model rather than a database
 */
public record TableModel(String name, List<ColumnModel> columns, PrimaryKeyModel primaryKey,
                         List<UniqueKeyModel> uniqueKeys, List<ForeignKeyModel> foreignKeys, List<IndexModel> indexes,
                         List<CheckModel> checks, String comment, long estimatedRows) implements SchemaObject {

    public static final long UNKNOWN_ROWS = -1;

    public TableModel {
        Objects.requireNonNull(name, "table name");
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /** A table of these columns and nothing else, to refine with the {@code with...} methods. */
    public static TableModel of(String name, List<ColumnModel> columns) {
        return new TableModel(name, columns, null, List.of(), List.of(), List.of(), List.of(), null, UNKNOWN_ROWS);
    }

    public Optional<ColumnModel> column(String name) {
        return columns.stream().filter(c -> NameKey.same(c.name(), name)).findFirst();
    }

    public TableModel named(String name) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }

    public TableModel withColumns(List<ColumnModel> columns) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }

    public TableModel withPrimaryKey(PrimaryKeyModel primaryKey) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }

    public TableModel withUniqueKeys(List<UniqueKeyModel> uniqueKeys) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }

    public TableModel withForeignKeys(List<ForeignKeyModel> foreignKeys) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }

    public TableModel withIndexes(List<IndexModel> indexes) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }

    public TableModel withChecks(List<CheckModel> checks) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }

    public TableModel withComment(String comment) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }

    public TableModel withEstimatedRows(long estimatedRows) {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }
}
