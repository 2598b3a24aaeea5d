package dev.migrations.ops;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of the owning table to {@code referencedColumns} of
 * {@code referencedTable}.
 */
public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete,
                         ReferentialAction onUpdate) implements TableConstraint {

    public ForeignKey {
        columns = Names.columns(columns, "foreign key");
        Objects.requireNonNull(referencedTable, "referenced table");
        referencedColumns = Names.columns(referencedColumns, "foreign key reference");
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " -> " + referencedTable
                    + referencedColumns + " has " + columns.size() + " columns on one side and "
                    + referencedColumns.size() + " on the other");
        }
    }

    public static ForeignKey of(List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(null, columns, null, referencedTable, referencedColumns, null, null);
    }

    @Override
    public ForeignKey withName(String name) {
        return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, action, onUpdate);
    }

    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, action);
    }

    public ForeignKey referencedSchema(String schema) {
        return new ForeignKey(name, columns, schema, referencedTable, referencedColumns, onDelete, onUpdate);
    }
}
