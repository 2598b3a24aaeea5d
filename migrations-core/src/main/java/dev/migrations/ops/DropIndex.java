package dev.migrations.ops;

import java.util.Objects;

/** @param definition the index as it was, so the drop can be reversed; null when unknown */
public record DropIndex(String schema, String table, String name, boolean concurrently, CreateIndex definition)
        implements Operation {

    public DropIndex {
        Objects.requireNonNull(name, "index name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }

    @Override
    public Operation reverse() {
        if (definition == null) {
            throw new IrreversibleOperationException(this, "dropIndex(\"" + name
                    + "\") cannot be reversed: the index's definition is not known. Write downgrade() with createIndex.");
        }
        return definition;
    }
}
