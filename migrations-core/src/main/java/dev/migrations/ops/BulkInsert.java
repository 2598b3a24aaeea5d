package dev.migrations.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Inserts rows; each row has one value per column, in order. */
public record BulkInsert(String schema, String table, List<String> columns, List<List<Object>> rows)
        implements Operation {

    public BulkInsert {
        Objects.requireNonNull(table, "table name");
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("bulkInsert into " + table + ": a row has " + row.size()
                        + " values for " + columns.size() + " columns " + columns);
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /**
     * Rows as maps from column to value, any kind of map; each row is read by column name. The columns are the union
     * of all keys, in first-seen order; but where the maps' order changes from one JVM to the next (Map.of,
     * Map.ofEntries, Map.copyOf, IdentityHashMap), sorted by name, so that the same migration always writes the
     * same SQL. (The checksum never depends on the order: it reads each row by column name.)
     */
    public static BulkInsert of(String schema, String table, List<? extends Map<String, ?>> rows) {
        Set<String> columns = rows.stream().allMatch(BulkInsert::hasStableOrder) ? new LinkedHashSet<>() : new TreeSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        List<List<Object>> values = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            List<Object> line = new ArrayList<>();
            columns.forEach(c -> line.add(row.get(c)));
            values.add(line);
        }
        return new BulkInsert(schema, table, List.copyOf(columns), values);
    }

    /** The JDK's immutable maps iterate in an order salted per JVM; an identity map follows identity hashes. */
    private static boolean hasStableOrder(Map<String, ?> row) {
        return !row.getClass().getName().startsWith("java.util.ImmutableCollections$") && !(row instanceof IdentityHashMap);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.bulkInsert(this);
    }

    @Override
    public Operation reverse() {
        throw new IrreversibleOperationException(this, "bulkInsert(\"" + table
                + "\") cannot be reversed: which rows to delete is not known. Write downgrade().");
    }
}
