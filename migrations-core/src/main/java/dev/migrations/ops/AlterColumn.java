package dev.migrations.ops;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
        return edit(d -> d.schema = schema);
    }

    public AlterColumn type(ColumnType type) {
        return edit(d -> d.type = type);
    }

    public AlterColumn using(String expression) {
        return edit(d -> d.using = expression);
    }

    public AlterColumn nullable(boolean nullable) {
        return edit(d -> d.nullable = nullable);
    }

    public AlterColumn serverDefault(String sqlExpression) {
        return edit(d -> d.serverDefault = Optional.of(sqlExpression));
    }

    public AlterColumn dropServerDefault() {
        return edit(d -> d.serverDefault = Optional.empty());
    }

    public AlterColumn rename(String newName) {
        return edit(d -> d.newName = newName);
    }

    public AlterColumn comment(String comment) {
        return edit(d -> d.comment = Optional.ofNullable(comment));
    }

    public AlterColumn existingType(ColumnType existingType) {
        return edit(d -> d.existingType = existingType);
    }

    public AlterColumn existingNullable(boolean existingNullable) {
        return edit(d -> d.existingNullable = existingNullable);
    }

    /** The default before the change; null for "there was none". */
    public AlterColumn existingServerDefault(String sqlExpression) {
        return edit(d -> d.existingServerDefault = Optional.ofNullable(sqlExpression));
    }

    /** The comment before the change; null for "there was none". */
    public AlterColumn existingComment(String existingComment) {
        return edit(d -> d.existingComment = Optional.ofNullable(existingComment));
    }

    private AlterColumn edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    /** A copy being changed: the one place that lists every component, so each wither names only its own. */
    private static final class Draft {
        private String schema;
        private final String table;
        private final String column;
        private ColumnType type;
        private String using;
        private Boolean nullable;
        private Optional<String> serverDefault;
        private String newName;
        private Optional<String> comment;
        private ColumnType existingType;
        private Boolean existingNullable;
        private Optional<String> existingServerDefault;
        private Optional<String> existingComment;

        Draft(AlterColumn from) {
            schema = from.schema;
            table = from.table;
            column = from.column;
            type = from.type;
            using = from.using;
            nullable = from.nullable;
            serverDefault = from.serverDefault;
            newName = from.newName;
            comment = from.comment;
            existingType = from.existingType;
            existingNullable = from.existingNullable;
            existingServerDefault = from.existingServerDefault;
            existingComment = from.existingComment;
        }

        AlterColumn build() {
            return new AlterColumn(schema, table, column, type, using, nullable, serverDefault, newName, comment,
                    existingType, existingNullable, existingServerDefault, existingComment);
        }
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
