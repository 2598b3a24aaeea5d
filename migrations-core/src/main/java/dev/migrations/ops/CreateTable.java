package dev.migrations.ops;

import java.util.List;
import java.util.Objects;

public record CreateTable(String schema, String name, List<Column> columns, List<TableConstraint> constraints,
                          String comment) implements Operation {

    public CreateTable {
        Objects.requireNonNull(name, "table name");
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs at least one column");
        }
    }

    public CreateTable comment(String comment) {
        return new CreateTable(schema, name, columns, constraints, comment);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }

    @Override
    public Operation reverse() {
        return new DropTable(schema, name, this);
    }
}
