package dev.migrations.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}, an H2 enum domain); values in their order.
 *
 * @param textCasts whether implicit casts from and to {@code varchar} exist beside it (PostgreSQL), as Hibernate
 *        creates them for its named enums
 */
public record EnumTypeModel(String name, List<String> values, boolean textCasts) implements SchemaObject {

    public EnumTypeModel {
        Objects.requireNonNull(name, "enum type name");
        values = List.copyOf(values);
    }

    public EnumTypeModel(String name, List<String> values) {
        this(name, values, false);
    }
}
