package dev.migrations.schema;

import dev.migrations.ops.IndexKey;

import java.util.ArrayList;
import java.util.List;

/** The parts of one table as the catalog queries deliver them, one kind at a time. */
public final class TableAssembly {

    private final String name;
    private final String comment;
    private final long estimatedRows;
    private final List<ColumnModel> columns = new ArrayList<>();
    private final List<UniqueKeyModel> uniqueKeys = new ArrayList<>();
    private final List<ForeignKeyModel> foreignKeys = new ArrayList<>();
    private final List<IndexModel> indexes = new ArrayList<>();
    private final List<CheckModel> checks = new ArrayList<>();
    private PrimaryKeyModel primaryKey;

    public TableAssembly(String name, String comment, long estimatedRows) {
        this.name = name;
        this.comment = comment;
        this.estimatedRows = estimatedRows;
    }

    public String name() {
        return name;
    }

    public void column(ColumnModel column) {
        columns.add(column);
    }

    public void primaryKey(PrimaryKeyModel key) {
        primaryKey = key;
    }

    public void uniqueKey(UniqueKeyModel key) {
        uniqueKeys.add(key);
    }

    public void foreignKey(ForeignKeyModel key) {
        foreignKeys.add(key);
    }

    public void index(String indexName, List<IndexKey> keys, boolean unique, String where, String method) {
        indexes.add(new IndexModel(indexName, keys, unique, where, method));
    }

    public void check(CheckModel check) {
        checks.add(check);
    }

    TableModel build() {
        return new TableModel(name, columns, primaryKey, uniqueKeys, foreignKeys, indexes, checks, comment, estimatedRows);
    }
}
