package dev.migrations.sample;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema as the database reports it through JDBC metadata, with names in lower case, so that the same
 * assertions hold on PostgreSQL (lower-case names) and H2 (upper-case names).
 */
final class SchemaCatalog {

    private final DataSource dataSource;

    SchemaCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The tables of the connection's schema. */
    Set<String> tables() {
        return read((connection, meta) -> names(meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "BASE TABLE"}), "TABLE_NAME"));
    }

    /** Each column of {@code table} with whether it is nullable. */
    Map<String, Boolean> columns(String table) {
        return read((connection, meta) -> {
            Map<String, Boolean> columns = new TreeMap<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), stored(meta, table), "%")) {
                while (rs.next()) {
                    columns.put(lower(rs.getString("COLUMN_NAME")),
                            rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable);
                }
            }
            return columns;
        });
    }

    /** The JDBC type code ({@link java.sql.Types}) of a column. */
    int columnType(String table, String column) {
        return read((connection, meta) -> {
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), stored(meta, table), stored(meta, column))) {
                if (!rs.next()) {
                    throw new AssertionError("no column " + table + "." + column);
                }
                return rs.getInt("DATA_TYPE");
            }
        });
    }

    /** Each index of {@code table} with its columns in order. */
    Map<String, List<String>> indexes(String table) {
        return read((connection, meta) -> {
            Map<String, List<String>> indexes = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), stored(meta, table), false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name != null) {
                        indexes.computeIfAbsent(lower(name), n -> new ArrayList<>()).add(lower(rs.getString("COLUMN_NAME")));
                    }
                }
            }
            return indexes;
        });
    }

    /** The DELETE_RULE ({@link DatabaseMetaData#importedKeyCascade} ...) of the foreign key on {@code table.column}. */
    int deleteRule(String table, String column) {
        return read((connection, meta) -> {
            try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), stored(meta, table))) {
                while (rs.next()) {
                    if (lower(rs.getString("FKCOLUMN_NAME")).equals(column)) {
                        return rs.getInt("DELETE_RULE");
                    }
                }
            }
            throw new AssertionError("no foreign key on " + table + "." + column);
        });
    }

    /** Runs a query returning one value. */
    Object queryValue(String sql, Object... params) {
        return read((connection, meta) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getObject(1) : null;
                }
            }
        });
    }

    /** Runs statements on one connection, in auto-commit. */
    void execute(String... sql) {
        read((connection, meta) -> {
            try (Statement statement = connection.createStatement()) {
                for (String each : sql) {
                    statement.execute(each);
                }
            }
            return null;
        });
    }

    private static Set<String> names(ResultSet rs, String column) throws SQLException {
        try (rs) {
            Set<String> names = new TreeSet<>();
            while (rs.next()) {
                names.add(lower(rs.getString(column)));
            }
            return names;
        }
    }

    private static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private <T> T read(MetadataQuery<T> query) {
        try (Connection connection = dataSource.getConnection()) {
            return query.run(connection, connection.getMetaData());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface MetadataQuery<T> {
        T run(Connection connection, DatabaseMetaData meta) throws SQLException;
    }
}
