package dev.migrations.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Rows as maps from column to value; the columns are the union of all keys, in first-seen order. */
    public static BulkInsert of(String schema, String table, List<? extends Map<String, ?>> rows) {
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        List<List<Object>> values = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            List<Object> line = new ArrayList<>();
            columns.forEach(c -> line.add(row.get(c)));
            values.add(line);
        }
        return new BulkInsert(schema, table, List.copyOf(columns), values);
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
