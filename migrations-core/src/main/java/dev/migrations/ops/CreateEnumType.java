package dev.migrations.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}).
 *
 * @param textCasts also create implicit casts between {@code varchar} and the type, as Hibernate creates them
 *        beside its named enums (so that a string parameter binds to a column of the type); PostgreSQL only, other
 *        databases ignore it. Dropping the type drops them.
 */
public record CreateEnumType(String schema, String name, List<String> values, boolean textCasts) implements Operation {

    public CreateEnumType {
        Objects.requireNonNull(name, "enum type name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("enum type " + name + " needs at least one value");
        }
    }

    public CreateEnumType(String schema, String name, List<String> values) {
        this(schema, name, values, false);
    }

    /** {@code CreateEnumType.of("mood", "happy", "sad").withTextCasts()}. */
    public static CreateEnumType of(String name, String... values) {
        return new CreateEnumType(null, name, Arrays.asList(values), false);
    }

    public CreateEnumType withTextCasts() {
        return new CreateEnumType(schema, name, values, true);
    }

    public CreateEnumType inSchema(String schema) {
        return new CreateEnumType(schema, name, values, textCasts);
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
