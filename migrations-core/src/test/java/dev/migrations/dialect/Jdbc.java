package dev.migrations.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs statements and queries through plain JDBC, as the runner would. */
final class Jdbc {

    private Jdbc() {
    }

    static void run(Connection connection, List<SqlStatement> statements) throws SQLException {
        for (SqlStatement statement : statements) {
            if (!statement.hasParameters()) {
                try (Statement plain = connection.createStatement()) {
                    plain.execute(statement.sql());
                }
            } else {
                try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                    for (List<Object> row : statement.parameterRows()) {
                        bind(prepared, row);
                        prepared.addBatch();
                    }
                    prepared.executeBatch();
                }
            }
        }
    }

    static void execute(Connection connection, String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(sql)) {
            bind(prepared, Arrays.asList(parameters));
            return prepared.executeUpdate();
        }
    }

    /** Every row, each a list of column values. */
    static List<List<Object>> rows(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = connection.prepareStatement(sql)) {
            bind(prepared, Arrays.asList(parameters));
            try (ResultSet result = prepared.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** The first column of every row. */
    static List<Object> column(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Object> values = new ArrayList<>();
        rows(connection, sql, parameters).forEach(row -> values.add(row.get(0)));
        return values;
    }

    /** The single value of a one-row, one-column query, or null when there is no row. */
    static Object value(Connection connection, String sql, Object... parameters) throws SQLException {
        List<Object> values = column(connection, sql, parameters);
        return values.isEmpty() ? null : values.get(0);
    }

    private static void bind(PreparedStatement prepared, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            prepared.setObject(i + 1, parameters.get(i));
        }
    }
}
