package dev.migrations.schema;

import java.util.List;
import java.util.Objects;

/** A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}, an H2 enum domain); values in their order. */
public record EnumTypeModel(String name, List<String> values) implements SchemaObject {

    public EnumTypeModel {
        Objects.requireNonNull(name, "enum type name");
        values = List.copyOf(values);
    }
}
