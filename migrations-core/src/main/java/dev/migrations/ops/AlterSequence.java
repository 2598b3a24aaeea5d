package dev.migrations.ops;

import java.util.Objects;

/**
 * Changes the step of a sequence. Hibernate's pooled generators read {@code increment} as their allocation
 * size and refuse to start when the two differ, so this is the change an entity's {@code allocationSize} needs.
 *
 * @param existingIncrement the step before the change, so that it can be reversed; null when unknown
 */
public record AlterSequence(String schema, String name, long increment, Long existingIncrement) implements Operation {

    public AlterSequence {
        Objects.requireNonNull(name, "sequence name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterSequence(this);
    }

    @Override
    public Operation reverse() {
        if (existingIncrement == null) {
            throw new IrreversibleOperationException(this, "alterSequence(\"" + name + "\", " + increment
                    + ") cannot be reversed: the existing increment is not known. Pass it as the third argument, "
                    + "or write downgrade().");
        }
        return new AlterSequence(schema, name, existingIncrement, increment);
    }
}
