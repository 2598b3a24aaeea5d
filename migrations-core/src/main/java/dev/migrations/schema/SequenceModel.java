package dev.migrations.schema;

import java.util.Objects;

/**
 * A sequence that no column owns (identity and serial sequences belong to their column).
 *
 * @param start the first value, or null for the database's default
 * @param increment the step, or null for the database's default (1)
 */
public record SequenceModel(String name, Long start, Long increment) implements SchemaObject {

    public SequenceModel {
        Objects.requireNonNull(name, "sequence name");
    }
}
