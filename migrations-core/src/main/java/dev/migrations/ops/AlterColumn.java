package dev.migrations.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * Changes one column. Each change is optional; a null field means "unchanged". For the
 * {@code Optional} fields, {@code Optional.empty()} means "remove" (drop the default, clear the comment).
 * The {@code existing*} fields describe the column before the change, so that it can be reversed.
 * Start with {@link #of(String, String)}: {@code AlterColumn.of("users", "age").type(BIGINT).existingType(INTEGER)}.
 *
 * @param using a SQL expression converting old values on a type change (PostgreSQL {@code USING})
 */
public record AlterColumn(String schema, String table, String column,
                          ColumnType type, String using, Boolean nullable, Optional<String> serverDefault,
                          String newName, Optional<String> comment,
                          ColumnType existingType, Boolean existingNullable,
                          Optional<String> existingServerDefault, Optional<String> existingComment)
        implements Operation {

    public AlterColumn {
        Objects.requireNonNull(table, "table name");
        Objects.requireNonNull(column, "column name");
    }

    public static AlterColumn of(String table, String column) {
        return new AlterColumn(null, table, column, null, null, null, null, null, null, null, null, null, null);
    }

    public AlterColumn inSchema(String schema) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn type(ColumnType type) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn using(String expression) {
        return new AlterColumn(schema, table, column, type, expression, nullable, serverDefault, newName, comment,
                existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn nullable(boolean nullable) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn serverDefault(String sqlExpression) {
        return new AlterColumn(schema, table, column, type, using, nullable, Optional.of(sqlExpression), newName,
                comment, existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn dropServerDefault() {
        return new AlterColumn(schema, table, column, type, using, nullable, Optional.empty(), newName, comment,
                existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn rename(String newName) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn comment(String comment) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName,
                Optional.ofNullable(comment), existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn existingType(ColumnType existingType) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                existingType, existingNullable, existingServerDefault, existingComment);
    }

    public AlterColumn existingNullable(boolean existingNullable) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                existingType, existingNullable, existingServerDefault, existingComment);
    }

    /** The default before the change; null for "there was none". */
    public AlterColumn existingServerDefault(String sqlExpression) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                existingType, existingNullable, Optional.ofNullable(sqlExpression), existingComment);
    }

    /** The comment before the change; null for "there was none". */
    public AlterColumn existingComment(String existingComment) {
        return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                existingType, existingNullable, existingServerDefault, Optional.ofNullable(existingComment));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.alterColumn(this);
    }

    @Override
    public Operation reverse() {
        if (type != null && existingType == null) {
            throw irreversible("its type change does not say the existing type: add .existingType(...)");
        }
        if (serverDefault != null && existingServerDefault == null) {
            throw irreversible("its default change does not say the existing default: add .existingServerDefault(...)");
        }
        if (comment != null && existingComment == null) {
            throw irreversible("its comment change does not say the existing comment: add .existingComment(...)");
        }
        Boolean reverseNullable = nullable == null ? null
                : existingNullable != null ? existingNullable : !nullable;
        String currentName = newName != null ? newName : column;
        return new AlterColumn(schema, table, currentName,
                type == null ? null : existingType, null, reverseNullable,
                serverDefault == null ? null : existingServerDefault,
                newName == null ? null : column,
                comment == null ? null : existingComment,
                type, nullable, serverDefault, comment);
    }

    private IrreversibleOperationException irreversible(String why) {
        return new IrreversibleOperationException(this, "alterColumn(\"" + table + "\", \"" + column
                + "\") cannot be reversed: " + why + ", or write downgrade().");
    }
}
