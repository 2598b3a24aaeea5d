package dev.migrations.ops;

import java.util.Objects;

/**
 * Adds a value to an enum type. PostgreSQL cannot remove an enum value, so this cannot be reversed.
 *
 * @param before the existing value to place it before, or null
 * @param after the existing value to place it after, or null
 */
public record AddEnumValue(String schema, String type, String value, String before, String after)
        implements Operation {

    public AddEnumValue {
        Objects.requireNonNull(type, "enum type name");
        Objects.requireNonNull(value, "enum value");
        if (before != null && after != null) {
            throw new IllegalArgumentException("enum value " + value + " is placed either before or after a value, not both");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addEnumValue(this);
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException(this, "addEnumValue(\"" + type + "\", \"" + value
                + "\") cannot be reversed: PostgreSQL cannot remove a value from an enum type. Write downgrade().");
    }
}
