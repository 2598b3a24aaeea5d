package dev.migrations.schema;

import java.util.Objects;

/** A check constraint. @param condition the boolean SQL expression, as the database prints it */
public record CheckModel(String name, String condition) implements SchemaObject {

    public CheckModel {
        Objects.requireNonNull(condition, "check condition");
    }
}
