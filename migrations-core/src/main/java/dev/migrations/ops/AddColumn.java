package dev.migrations.ops;

import java.util.Objects;

public record AddColumn(String schema, String table, Column column) implements Operation {

    public AddColumn {
        Objects.requireNonNull(table, "table name");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }

    @Override
    public Operation reverse() {
        return new DropColumn(schema, table, column.name(), column);
    }
}
