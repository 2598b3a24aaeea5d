package dev.migrations.schema;

import dev.migrations.DatabaseAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs one catalog query with the schema as its parameters, turning each row into a value. */
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
    static void each(Connection connection, String what, String sql, String schema, RowConsumer consumer) {
        rows(connection, what, sql, schema, row -> {
            consumer.accept(row);
            return Boolean.TRUE;
        });
    }

    /** Every {@code ?} of {@code sql} is bound to {@code schema}; null means the current schema. */
    static <T> List<T> rows(Connection connection, String what, String sql, String schema, RowReader<T> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // Counted here, not asked of the driver: PgJDBC would ask the server.
            long parameters = sql.chars().filter(c -> c == '?').count();
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, schema);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(reader.read(result));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException("Reading the " + what + " of schema "
                    + (schema == null ? "(the current schema)" : schema) + " from the database catalog failed: "
                    + e.getMessage() + ". Check that the user may read the catalog.", e);
        }
    }
}
