package dev.migrations.schema;

import dev.migrations.ops.Names;
import dev.migrations.ops.ReferentialAction;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key, matched by its columns and what it references, not by its name.
 *
 * @param referencedSchema the schema of the referenced table, or null for the same schema
 * @param referencedColumns the referenced columns; empty means the referenced table's primary key, as
 *        Hibernate leaves it for a reference to an entity
 * @param onDelete the action, or null for NO ACTION
 * @param onUpdate the action, or null for NO ACTION
 */
public record ForeignKeyModel(String name, List<String> columns, String referencedSchema, String referencedTable,
                              List<String> referencedColumns, ReferentialAction onDelete,
                              ReferentialAction onUpdate) implements SchemaObject {

    public ForeignKeyModel {
        columns = Names.columns(columns, "foreign key");
        Objects.requireNonNull(referencedTable, "referenced table");
        referencedColumns = List.copyOf(referencedColumns == null ? List.of() : referencedColumns);
        if (!referencedColumns.isEmpty() && referencedColumns.size() != columns.size()) {
            throw new IllegalArgumentException("foreign key " + columns + " -> " + referencedTable + referencedColumns
                    + " has " + columns.size() + " columns on one side and " + referencedColumns.size() + " on the other");
        }
        // NO ACTION is what the database does when nothing is said; one spelling keeps comparisons simple.
        onDelete = onDelete == ReferentialAction.NO_ACTION ? null : onDelete;
        onUpdate = onUpdate == ReferentialAction.NO_ACTION ? null : onUpdate;
    }

    public static ForeignKeyModel of(String name, List<String> columns, String referencedTable,
                                     List<String> referencedColumns) {
        return new ForeignKeyModel(name, columns, null, referencedTable, referencedColumns, null, null);
    }

    public ForeignKeyModel onDelete(ReferentialAction action) {
        return new ForeignKeyModel(name, columns, referencedSchema, referencedTable, referencedColumns, action, onUpdate);
    }

    public ForeignKeyModel onUpdate(ReferentialAction action) {
        return new ForeignKeyModel(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, action);
    }
}
