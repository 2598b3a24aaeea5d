package dev.migrations.ops;

import java.util.Objects;

/** Drops an empty schema, never with CASCADE: the drop fails while the schema holds anything. */
public record DropSchema(String name) implements Operation {

    public DropSchema {
        Objects.requireNonNull(name, "schema name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSchema(this);
    }

    @Override
    public Operation reverse() {
        return new CreateSchema(name);
    }
}
