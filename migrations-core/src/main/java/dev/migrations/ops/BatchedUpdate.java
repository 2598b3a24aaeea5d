package dev.migrations.ops;

import java.util.Objects;

/**
 * A data migration over a large table, in batches paged by key ({@code key > last ORDER BY key LIMIT n}),
 * never by OFFSET. Start with {@link #of(String, String)}:
 * {@code BatchedUpdate.of("users", "full_name = first_name || ' ' || last_name").where("full_name IS NULL")}.
 *
 * @param set the SQL {@code SET} clause, written as given
 * @param where an extra filter, or null; when it excludes rows already done, a rerun after an interruption
 *        skips them at once
 * @param key the unique, ordered column to page on, usually the primary key
 * @param commitsEachBatch commit after each batch so locks are short and work survives an interruption; the
 *        revision must then be non-transactional, and a rerun resumes after the last committed batch
 */
public record BatchedUpdate(String schema, String table, String set, String where, String key, int batchSize,
                            boolean commitsEachBatch) implements Operation {

    public static final int DEFAULT_BATCH_SIZE = 10_000;

    public BatchedUpdate {
        Objects.requireNonNull(table, "table name");
        Objects.requireNonNull(set, "set clause");
        Objects.requireNonNull(key, "key column");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchedUpdate on " + table + ": batch size must be at least 1, got " + batchSize);
        }
    }

    public static BatchedUpdate of(String table, String set) {
        return new BatchedUpdate(null, table, set, null, "id", DEFAULT_BATCH_SIZE, false);
    }

    public BatchedUpdate where(String condition) {
        return new BatchedUpdate(schema, table, set, condition, key, batchSize, commitsEachBatch);
    }

    public BatchedUpdate key(String column) {
        return new BatchedUpdate(schema, table, set, where, column, batchSize, commitsEachBatch);
    }

    public BatchedUpdate batchSize(int size) {
        return new BatchedUpdate(schema, table, set, where, key, size, commitsEachBatch);
    }

    public BatchedUpdate commitEachBatch() {
        return new BatchedUpdate(schema, table, set, where, key, batchSize, true);
    }

    public BatchedUpdate inSchema(String schema) {
        return new BatchedUpdate(schema, table, set, where, key, batchSize, commitsEachBatch);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.batchedUpdate(this);
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException(this, "batchedUpdate(\"" + table
                + "\") cannot be reversed: the values it overwrote are not known. Write downgrade().");
    }
}
