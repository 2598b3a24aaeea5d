package dev.migrations.ops;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index. Start with {@link #of(String, String, String...)} and refine it:
 * {@code CreateIndex.of("ix_trades_user", "trades", "user_id", "created_at").unique().where("active")}.
 *
 * @param where the predicate of a partial index, written as given, or null
 * @param isConcurrent build without blocking writes (PostgreSQL); needs a non-transactional revision
 *        or an autocommit block
 */
public record CreateIndex(String schema, String table, String name, List<IndexKey> keys, boolean isUnique,
                          String where, boolean isConcurrent) implements Operation {

    public CreateIndex {
        Objects.requireNonNull(table, "table name");
        Objects.requireNonNull(name, "index name");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one key");
        }
    }

    public static CreateIndex of(String name, String table, String... columns) {
        return new CreateIndex(null, table, name, Arrays.stream(columns).map(IndexKey::column).toList(),
                false, null, false);
    }

    public static CreateIndex of(String name, String table, List<IndexKey> keys) {
        return new CreateIndex(null, table, name, keys, false, null, false);
    }

    public CreateIndex unique() {
        return new CreateIndex(schema, table, name, keys, true, where, isConcurrent);
    }

    public CreateIndex where(String predicate) {
        return new CreateIndex(schema, table, name, keys, isUnique, predicate, isConcurrent);
    }

    public CreateIndex concurrently() {
        return new CreateIndex(schema, table, name, keys, isUnique, where, true);
    }

    public CreateIndex inSchema(String schema) {
        return new CreateIndex(schema, table, name, keys, isUnique, where, isConcurrent);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }

    @Override
    public Operation reverse() {
        return new DropIndex(schema, table, name, isConcurrent, this);
    }
}
