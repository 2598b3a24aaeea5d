package dev.migrations.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One statement and the parameter rows it is run with: none for DDL, one for a parameterised statement,
 * many for a batch.
 */
public record SqlStatement(String sql, List<List<Object>> parameterRows) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        List<List<Object>> rows = new ArrayList<>();
        // Parameters may be SQL NULL, which List.copyOf refuses.
        parameterRows.forEach(row -> rows.add(Collections.unmodifiableList(new ArrayList<>(row))));
        parameterRows = Collections.unmodifiableList(rows);
    }

    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, List.of());
    }

    public static SqlStatement withParameters(String sql, List<Object> parameters) {
        return parameters.isEmpty() ? of(sql) : new SqlStatement(sql, List.of(parameters));
    }

    public static SqlStatement batch(String sql, List<List<Object>> rows) {
        return new SqlStatement(sql, rows);
    }

    public boolean hasParameters() {
        return !parameterRows.isEmpty();
    }
}
