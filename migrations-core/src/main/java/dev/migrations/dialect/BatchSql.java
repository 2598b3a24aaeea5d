package dev.migrations.dialect;

/**
 * The queries of a keyset-paged data migration. Each batch first finds its upper key, then updates the
 * rows between the previous upper key (exclusive) and it (inclusive).
 *
 * @param firstUpperKey parameters (batch size); returns the batch's highest key, or no row when done
 * @param nextUpperKey parameters (previous key, batch size); likewise
 * @param firstUpdate parameters (upper key)
 * @param nextUpdate parameters (previous key, upper key)
 * @param remaining parameters (previous key, or none for the first); returns one row: the rows left, an
 *        estimate for the ETA
 * @param remainingFromStart no parameters; the rows to do from the start
 */
public record BatchSql(String firstUpperKey, String nextUpperKey, String firstUpdate, String nextUpdate,
                       String remaining, String remainingFromStart) {
}
