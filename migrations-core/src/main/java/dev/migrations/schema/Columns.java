package dev.migrations.schema;

import java.util.List;
import java.util.Objects;

/** The column-list checks the key records share. */
final class Columns {

    private Columns() {
    }

    static List<String> required(List<String> columns, String what) {
        Objects.requireNonNull(columns, what + " columns");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one column");
        }
        return List.copyOf(columns);
    }
}
