package dev.migrations.schema;

import dev.migrations.ops.ColumnType;

import java.util.Objects;

/**
 * A column.
 *
 * @param defaultExpression the server default as a SQL expression, as the database prints it, or null
 * @param identity whether the database generates its values (an identity column, or a PostgreSQL
 *        {@code serial} whose sequence the column owns)
 */
public record ColumnModel(String name, ColumnType type, boolean nullable, String defaultExpression, boolean identity,
                          String comment) implements SchemaObject {

    public ColumnModel {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "type of column " + name);
    }

    public static ColumnModel of(String name, ColumnType type) {
        return new ColumnModel(name, type, true, null, false, null);
    }

    public ColumnModel notNull() {
        return new ColumnModel(name, type, false, defaultExpression, identity, comment);
    }

    public ColumnModel withDefault(String expression) {
        return new ColumnModel(name, type, nullable, expression, identity, comment);
    }

    public ColumnModel asIdentity() {
        return new ColumnModel(name, type, false, null, true, comment);
    }

    public ColumnModel withComment(String comment) {
        return new ColumnModel(name, type, nullable, defaultExpression, identity, comment);
    }

    public ColumnModel withType(ColumnType type) {
        return new ColumnModel(name, type, nullable, defaultExpression, identity, comment);
    }

    public ColumnModel named(String name) {
        return new ColumnModel(name, type, nullable, defaultExpression, identity, comment);
    }
}
