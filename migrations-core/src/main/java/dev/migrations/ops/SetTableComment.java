package dev.migrations.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * Sets or clears ({@code comment} null) a table's comment.
 *
 * @param existingComment the comment before, for reversal: null when unknown, empty when there was none
 */
public record SetTableComment(String schema, String table, String comment, Optional<String> existingComment)
        implements Operation {

    public SetTableComment {
        Objects.requireNonNull(table, "table name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.setTableComment(this);
    }

    @Override
    public Operation reverse() {
        if (existingComment == null) {
            throw new IrreversibleOperationException(this, "setTableComment(\"" + table
                    + "\") cannot be reversed: the existing comment is not known. Pass it, or write downgrade().");
        }
        return new SetTableComment(schema, table, existingComment.orElse(null), Optional.ofNullable(comment));
    }
}
