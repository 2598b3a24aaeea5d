package dev.migrations.ops;

import java.util.Objects;

/** @param definition the constraint as it was, so the drop can be reversed; null when unknown */
public record DropConstraint(String schema, String table, String name, TableConstraint definition)
        implements Operation {

    public DropConstraint {
        Objects.requireNonNull(table, "table name");
        Objects.requireNonNull(name, "constraint name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropConstraint(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "dropConstraint(\"" + name + "\", \"" + table
                    + "\") cannot be reversed: the constraint's definition is not known. Write downgrade().");
        }
        return new AddConstraint(schema, table, definition);
    }
}
