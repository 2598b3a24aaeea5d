package dev.migrations.ops;

import java.util.Objects;

/** An inline foreign key of one column: {@code REFERENCES table(column) ON DELETE ...}. */
public record ColumnReference(String schema, String table, String column, ReferentialAction onDelete,
                              ReferentialAction onUpdate) {

    public ColumnReference {
        Objects.requireNonNull(table, "referenced table");
        Objects.requireNonNull(column, "referenced column");
    }

    public static ColumnReference to(String table, String column) {
        return new ColumnReference(null, table, column, null, null);
    }

    public ColumnReference onDelete(ReferentialAction action) {
        return new ColumnReference(schema, table, column, action, onUpdate);
    }

    public ColumnReference onUpdate(ReferentialAction action) {
        return new ColumnReference(schema, table, column, onDelete, action);
    }

    public ColumnReference inSchema(String schema) {
        return new ColumnReference(schema, table, column, onDelete, onUpdate);
    }
}
