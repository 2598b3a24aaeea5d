package dev.migrations.dialect;

import dev.migrations.ops.BatchedUpdate;

/**
 * The queries of a batched update, paged by key: each batch is the rows whose key lies between the
 * previous batch's highest key (exclusive) and its own (inclusive). Unlike OFFSET, finding a batch costs
 * the same at the end of the table as at the start, and rows updated meanwhile are never skipped or
 * repeated. PostgreSQL and H2 spell these alike.
 */
final class KeysetPagination {

    private final Dialect dialect;

    KeysetPagination(Dialect dialect) {
        this.dialect = dialect;
    }

    BatchSql queries(BatchedUpdate update) {
        String table = dialect.qualify(update.schema(), update.table());
        String key = dialect.quote(update.key());
        // The filter is SQL as the user wrote it: parenthesised so that an OR in it stays inside.
        String filter = update.where() == null ? "" : "(" + update.where() + ")";
        String afterKey = key + " > ?";
        String updateRows = "UPDATE " + table + " SET " + update.set() + " WHERE ";
        return new BatchSql(
                upperKey(table, key, where(filter)),
                upperKey(table, key, where(afterKey, filter)),
                updateRows + and(key + " <= ?", filter),
                updateRows + and(afterKey, key + " <= ?", filter),
                "SELECT COUNT(*) FROM " + table + where(afterKey, filter),
                "SELECT COUNT(*) FROM " + table + where(filter));
    }

    /** The batch's highest key, found by ordering, not by MAX: PostgreSQL has no MAX for some key types (uuid). */
    private String upperKey(String table, String key, String where) {
        return "SELECT " + key + " FROM (SELECT " + key + " FROM " + table + where + " ORDER BY " + key
                + " LIMIT ?) AS " + dialect.quote("batch") + " ORDER BY " + key + " DESC LIMIT 1";
    }

    private static String where(String... conditions) {
        String all = and(conditions);
        return all.isEmpty() ? "" : " WHERE " + all;
    }

    private static String and(String... conditions) {
        StringBuilder all = new StringBuilder();
        for (String condition : conditions) {
            if (!condition.isEmpty()) {
                all.append(all.length() == 0 ? "" : " AND ").append(condition);
            }
        }
        return all.toString();
    }
}
