package dev.migrations.ops;

import java.util.List;
import java.util.Objects;

/** A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}). */
public record CreateEnumType(String schema, String name, List<String> values) implements Operation {

    public CreateEnumType {
        Objects.requireNonNull(name, "enum type name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("enum type " + name + " needs at least one value");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createEnumType(this);
    }

    @Override
    public Operation reverse() {
        return new DropEnumType(schema, name, this);
    }
}
