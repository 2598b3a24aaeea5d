package dev.migrations.ops;

import java.util.Objects;

/** Drops an enum type, never with CASCADE. @param definition the type as it was, or null when unknown */
public record DropEnumType(String schema, String name, CreateEnumType definition) implements Operation {

    public DropEnumType {
        Objects.requireNonNull(name, "enum type name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropEnumType(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "dropEnumType(\"" + name
                    + "\") cannot be reversed: its values are not known. Write downgrade() with createEnumType.");
        }
        return definition;
    }
}
