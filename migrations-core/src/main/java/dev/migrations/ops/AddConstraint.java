package dev.migrations.ops;

import java.util.Objects;

/** Adds a primary key, unique, foreign key or check constraint to an existing table. */
public record AddConstraint(String schema, String table, TableConstraint constraint) implements Operation {

    public AddConstraint {
        Objects.requireNonNull(table, "table name");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(constraint.name(), "constraint name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addConstraint(this);
    }

    @Override
    public Operation reverse() {
        return new DropConstraint(schema, table, constraint.name(), constraint);
    }
}
