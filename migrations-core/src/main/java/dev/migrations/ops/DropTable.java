package dev.migrations.ops;

import java.util.Objects;

/** @param definition the table as it was, so the drop can be reversed; null when unknown */
public record DropTable(String schema, String name, CreateTable definition) implements Operation {

    public DropTable {
        Objects.requireNonNull(name, "table name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "dropTable(\"" + name
                    + "\") cannot be reversed: the table's definition is not known. Write downgrade() with createTable.");
        }
        return definition;
    }
}
