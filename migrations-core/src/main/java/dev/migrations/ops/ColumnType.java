package dev.migrations.ops;

import java.util.List;
import java.util.Objects;

/**
 * A column type, independent of the database. Build them with {@link Types}.
 *
 * @param kind the portable kind
 * @param length the length of CHAR, VARCHAR and BINARY, or null
 * @param precision NUMERIC precision, or fractional-second precision of TIME/TIMESTAMP, or null
 * @param scale NUMERIC scale, or null
 * @param name the type name of ENUM (a named type) or the SQL spelling of RAW
 * @param element the element type of ARRAY
 * @param values the values of an ENUM, where the migration gives them: databases without named enum types
 *        (MariaDB, MySQL) declare them on the column; empty otherwise
 */
public record ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String name,
                         ColumnType element, List<String> values) {

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        values = values == null ? List.of() : List.copyOf(values);
        if (!values.isEmpty() && kind != TypeKind.ENUM) {
            throw new IllegalArgumentException(kind + " type has no values; only an ENUM lists them");
        }
        if ((kind == TypeKind.ENUM || kind == TypeKind.RAW) && (name == null || name.isBlank())) {
            throw new IllegalArgumentException(kind + " type needs a name");
        }
        if (kind == TypeKind.ARRAY && element == null) {
            throw new IllegalArgumentException("ARRAY type needs an element type");
        }
    }

    public ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String name,
                      ColumnType element) {
        this(kind, length, precision, scale, name, element, List.of());
    }

    static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, null, null, null, null, null);
    }
}
