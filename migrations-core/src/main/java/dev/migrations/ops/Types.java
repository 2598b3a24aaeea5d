package dev.migrations.ops;

/** The column types a migration names, as SQLAlchemy's {@code sa.Integer()}, {@code sa.String(50)}. */
public final class Types {

    public static final ColumnType SMALLINT = ColumnType.of(TypeKind.SMALLINT);
    public static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);
    public static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);
    public static final ColumnType REAL = ColumnType.of(TypeKind.REAL);
    public static final ColumnType DOUBLE = ColumnType.of(TypeKind.DOUBLE);
    public static final ColumnType BOOLEAN = ColumnType.of(TypeKind.BOOLEAN);
    public static final ColumnType TEXT = ColumnType.of(TypeKind.TEXT);
    public static final ColumnType DATE = ColumnType.of(TypeKind.DATE);
    public static final ColumnType TIME = ColumnType.of(TypeKind.TIME);
    public static final ColumnType TIMESTAMP = ColumnType.of(TypeKind.TIMESTAMP);
    public static final ColumnType TIMESTAMPTZ = ColumnType.of(TypeKind.TIMESTAMPTZ);
    public static final ColumnType INTERVAL = ColumnType.of(TypeKind.INTERVAL);
    public static final ColumnType UUID = ColumnType.of(TypeKind.UUID);
    public static final ColumnType BINARY = ColumnType.of(TypeKind.BINARY);
    public static final ColumnType JSON = ColumnType.of(TypeKind.JSON);
    public static final ColumnType JSONB = ColumnType.of(TypeKind.JSONB);

    private Types() {
    }

    public static ColumnType varchar(int length) {
        return new ColumnType(TypeKind.VARCHAR, length, null, null, null, null);
    }

    public static ColumnType character(int length) {
        return new ColumnType(TypeKind.CHAR, length, null, null, null, null);
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType(TypeKind.NUMERIC, null, precision, scale, null, null);
    }

    public static ColumnType timestamp(int fractionalDigits) {
        return new ColumnType(TypeKind.TIMESTAMP, null, fractionalDigits, null, null, null);
    }

    public static ColumnType timestamptz(int fractionalDigits) {
        return new ColumnType(TypeKind.TIMESTAMPTZ, null, fractionalDigits, null, null, null);
    }

    public static ColumnType binary(int length) {
        return new ColumnType(TypeKind.BINARY, length, null, null, null, null);
    }

    /**
     * A named enum type, created with {@code op.createEnumType}. On MariaDB and MySQL, which have no named
     * types, a column needs the values as well: {@link #enumType(String, String...)}.
     */
    public static ColumnType enumType(String name) {
        return new ColumnType(TypeKind.ENUM, null, null, null, name, null);
    }

    /**
     * An enum with its values, as SQLAlchemy's {@code Enum("A", "B", name="status")}: on PostgreSQL and H2 a
     * column of the named type (created with {@code op.createEnumType}, the values must agree), on MariaDB and
     * MySQL an {@code ENUM('A', 'B')} column, where {@code createEnumType} has nothing to create.
     */
    public static ColumnType enumType(String name, String... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("enum type " + name + " needs at least one value");
        }
        return new ColumnType(TypeKind.ENUM, null, null, null, name, null, java.util.List.of(values));
    }

    public static ColumnType arrayOf(ColumnType element) {
        return new ColumnType(TypeKind.ARRAY, null, null, null, null, element);
    }

    /** A type spelled as given, such as {@code tsvector}; it is written into the SQL unquoted. */
    public static ColumnType raw(String sql) {
        return new ColumnType(TypeKind.RAW, null, null, null, sql, null);
    }
}
