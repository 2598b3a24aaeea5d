package dev.migrations.ops;

import java.util.Objects;

/** @param start the first value, or null for the database default; @param increment the step, or null */
public record CreateSequence(String schema, String name, Long start, Long increment) implements Operation {

    public CreateSequence {
        Objects.requireNonNull(name, "sequence name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createSequence(this);
    }

    @Override
    public Operation reverse() {
        return new DropSequence(schema, name, this);
    }
}
