package dev.migrations.ops;

import java.util.Objects;

/** @param definition the sequence as it was, so the drop can be reversed; null when unknown */
public record DropSequence(String schema, String name, CreateSequence definition) implements Operation {

    public DropSequence {
        Objects.requireNonNull(name, "sequence name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropSequence(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "dropSequence(\"" + name
                    + "\") cannot be reversed: its definition is not known. Write downgrade() with createSequence.");
        }
        return definition;
    }
}
