package dev.migrations.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * A name as it is matched: case-insensitively, so that {@code users} (PostgreSQL, a model) and {@code USERS}
 * (H2) are one table. The dialect folds every name it writes, so a name is only ever meant unquoted.
 */
public record NameKey(String value) {

    public NameKey {
        Objects.requireNonNull(value, "name");
    }

    public static NameKey of(String name) {
        return new NameKey(name.toLowerCase(Locale.ROOT));
    }

    public static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }

    @Override
    public String toString() {
        return value;
    }
}
