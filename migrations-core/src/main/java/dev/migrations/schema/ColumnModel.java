package dev.migrations.schema;

import dev.migrations.ops.ColumnType;

import java.util.Objects;

/**
 * A column.
 *
 * @param defaultExpression the server default as a SQL expression, as the database prints it, or null
 * @param identity whether the database generates its values (an identity column, or a PostgreSQL
 *        {@code serial} whose sequence the column owns)
 * @param generated the expression of a generated (computed) column, as the database prints it, or null
 */
public record ColumnModel(String name, ColumnType type, boolean nullable, String defaultExpression, boolean identity,
                          String comment, String generated) implements SchemaObject {

    public ColumnModel {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "type of column " + name);
    }

    public ColumnModel(String name, ColumnType type, boolean nullable, String defaultExpression, boolean identity,
                       String comment) {
        this(name, type, nullable, defaultExpression, identity, comment, null);
    }

    public static ColumnModel of(String name, ColumnType type) {
        return new ColumnModel(name, type, true, null, false, null, null);
    }

    public ColumnModel notNull() {
        return new ColumnModel(name, type, false, defaultExpression, identity, comment, generated);
    }

    public ColumnModel withDefault(String expression) {
        return new ColumnModel(name, type, nullable, expression, identity, comment, generated);
    }

    public ColumnModel asIdentity() {
        return new ColumnModel(name, type, false, null, true, comment, generated);
    }

    public ColumnModel withComment(String comment) {
        return new ColumnModel(name, type, nullable, defaultExpression, identity, comment, generated);
    }

    public ColumnModel withType(ColumnType type) {
        return new ColumnModel(name, type, nullable, defaultExpression, identity, comment, generated);
    }

    /** Computed by the database from {@code expression}; a generated column has no default. */
    public ColumnModel generatedAs(String expression) {
        return new ColumnModel(name, type, nullable, null, identity, comment, expression);
    }

    public ColumnModel named(String name) {
        return new ColumnModel(name, type, nullable, defaultExpression, identity, comment, generated);
    }
}
