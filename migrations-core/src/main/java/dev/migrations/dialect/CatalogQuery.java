package dev.migrations.dialect;

import dev.migrations.error.DatabaseAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Runs one catalog query with the schemas it reads as its parameters, turning each row into a value. */
final class CatalogQuery {

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    /** Hands each row to {@code consumer}; see {@link #rows}. */
    static void each(Connection connection, String what, String sql, Object schemas, RowConsumer consumer) {
        rows(connection, what, sql, schemas, row -> {
            consumer.accept(row);
            return Boolean.TRUE;
        });
    }

    /**
     * Every {@code ?} of {@code sql} is bound to {@code schemas}: a name, or an array of names in which the empty
     * one stands for the current schema; null means the current schema.
     */
    static <T> List<T> rows(Connection connection, String what, String sql, Object schemas, RowReader<T> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // Counted here, not asked of the driver: PgJDBC would ask the server.
            long parameters = sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                statement.setObject(i, schemas);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(reader.read(result));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("Reading the " + what + " of " + describe(schemas)
                    + " from the database catalog failed: "
                    + e.getMessage() + ". Check that the user may read the catalog.", e);
        }
    }

    private static String describe(Object schemas) {
        if (schemas instanceof String[] names) {
            return "schemas " + Arrays.stream(names).map(name -> name.isEmpty() ? "(the current schema)" : name).collect(Collectors.joining(", "));
        }
        return schemas == null || "".equals(schemas) ? "(the current schema)" : "schema " + schemas;
    }
}
