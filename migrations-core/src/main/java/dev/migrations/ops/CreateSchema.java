package dev.migrations.ops;

import java.util.Objects;

/** Creates a schema (a namespace of tables), as an entity's {@code @Table(schema = ...)} needs. */
public record CreateSchema(String name) implements Operation {

    public CreateSchema {
        Objects.requireNonNull(name, "schema name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSchema(this);
    }

    @Override
    public Operation reverse() {
        return new DropSchema(name);
    }
}
