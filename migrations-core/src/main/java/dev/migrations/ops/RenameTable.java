package dev.migrations.ops;

import java.util.Objects;

public record RenameTable(String schema, String name, String newName) implements Operation {

    public RenameTable {
        Objects.requireNonNull(name, "table name");
        Objects.requireNonNull(newName, "new table name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }

    @Override
    public Operation reverse() {
        return new RenameTable(schema, newName, name);
    }
}
