package dev.migrations.ops;

import java.util.List;
import java.util.Objects;

/** The column-list check that operations and the schema model's keys share. */
public final class Names {

    private Names() {
    }

    public static List<String> columns(List<String> columns, String what) {
        Objects.requireNonNull(columns, what + " columns");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        columns.forEach(c -> Objects.requireNonNull(c, what + " column"));
        return List.copyOf(columns);
    }
}
