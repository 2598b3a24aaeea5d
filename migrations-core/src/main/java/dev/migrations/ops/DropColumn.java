package dev.migrations.ops;

import java.util.Objects;

/** @param definition the column as it was, so the drop can be reversed; null when unknown */
public record DropColumn(String schema, String table, String name, Column definition) implements Operation {

    public DropColumn {
        Objects.requireNonNull(table, "table name");
        Objects.requireNonNull(name, "column name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "dropColumn(\"" + table + "\", \"" + name
                    + "\") cannot be reversed: the column's definition is not known. Pass it to dropColumn or write downgrade().");
        }
        return new AddColumn(schema, table, definition);
    }
}
