package dev.migrations.schema;

import dev.migrations.ops.Identifiers;

import java.util.Locale;
import java.util.Objects;

/**
 * A name as it is matched: case-insensitively, so that {@code users} (PostgreSQL, a model) and {@code USERS}
 * (H2) are one table; a name kept exact ({@code "order"}, see {@link Identifiers}) matches its bare text.
 */
public record NameKey(String value) {

    public NameKey {
        Objects.requireNonNull(value, "name");
    }

    public static NameKey of(String name) {
        return new NameKey(Identifiers.bare(name).toLowerCase(Locale.ROOT));
    }

    public static boolean same(String a, String b) {
        return a == null ? b == null : b != null && Identifiers.bare(a).equalsIgnoreCase(Identifiers.bare(b));
    }

    @Override
    public String toString() {
        return value;
    }
}
