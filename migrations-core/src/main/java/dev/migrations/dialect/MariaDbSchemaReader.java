package dev.migrations.dialect;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.PrimaryKeyModel;
import dev.migrations.schema.ReadScope;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.SchemaReader;
import dev.migrations.schema.SchemaSet;
import dev.migrations.schema.SequenceModel;
import dev.migrations.schema.TableAssembly;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.UniqueKeyModel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a MariaDB schema (a database, in MariaDB's words) through {@code information_schema}: one query per view,
 * joined here, plus one that reads every sequence's settings at once, so the cost does not grow with the number
 * of tables. The schemas are listed in the queries as literals, as the server takes no array parameters.
 *
 * <p>Read as MariaDB stores them: {@code TINYINT(1)} is a boolean, {@code LONGTEXT} with the server's own
 * {@code json_valid} check is a JSON column (the check is not listed), and the index the server makes for a
 * foreign key that has none is left out, as nobody declared it. Left out too: the library's own tables.
 */
final class MariaDbSchemaReader implements SchemaReader {

    private static final Pattern JSON_CHECK = Pattern.compile("json_valid\\(`([^`]+)`\\)", Pattern.CASE_INSENSITIVE);

    private final MariaDbDialect dialect;

    MariaDbSchemaReader(MariaDbDialect dialect) {
        this.dialect = dialect;
    }

    private record Named(String schema, String table, String name) {
    }

    private record KeyColumn(String column, String referencedSchema, String referencedTable, String referencedColumn) {
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) {
        return !existing(connection, List.of(dialect.fold(schema))).isEmpty();
    }

    @Override
    public SchemaModel read(Connection connection, ReadScope scope) {
        return read(connection, scope, SchemaModel.empty());
    }

    @Override
    public SchemaModel read(Connection connection, ReadScope scope, SchemaModel target) {
        SchemaSet set = new SchemaSet(scope, target, dialect::fold, names -> existing(connection, names));
        String current = CatalogQuery.rows(connection, "current database", "SELECT DATABASE()", null,
                row -> row.getString(1)).get(0);
        // The empty name stands for the connection's database.
        List<String> stored = set.names().stream().map(name -> name.isEmpty() ? current : name).toList();
        String[] schemas = stored.toArray(String[]::new);
        String in = inList(stored);
        UnaryOperator<String> setName = schema -> schema.equals(current) ? "" : schema;

        Map<List<String>, TableAssembly> tables = new LinkedHashMap<>();
        CatalogQuery.each(connection, "tables", "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT, TABLE_ROWS"
                + " FROM information_schema.TABLES WHERE TABLE_SCHEMA IN " + in + " AND TABLE_TYPE = 'BASE TABLE'"
                + " ORDER BY TABLE_NAME", schemas, row -> {
            String schema = row.getString("TABLE_SCHEMA");
            String name = row.getString("TABLE_NAME");
            if (set.keeps(setName.apply(schema), name)) {
                Long rows = row.getObject("TABLE_ROWS", Long.class);
                TableAssembly table = new TableAssembly(name, emptyAsNull(row.getString("TABLE_COMMENT")),
                        rows == null ? TableModel.UNKNOWN_ROWS : rows);
                tables.put(List.of(schema, name), table);
                set.of(setName.apply(schema)).table(table);
            }
        });
        Map<Named, String> checks = new LinkedHashMap<>();
        CatalogQuery.each(connection, "checks", "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE"
                + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN " + in
                + " ORDER BY TABLE_NAME, CONSTRAINT_NAME", schemas, row -> checks.put(
                new Named(row.getString("CONSTRAINT_SCHEMA"), row.getString("TABLE_NAME"), row.getString("CONSTRAINT_NAME")),
                row.getString("CHECK_CLAUSE")));
        Set<Named> jsonColumns = new HashSet<>();
        checks.entrySet().removeIf(check -> {
            Matcher json = JSON_CHECK.matcher(check.getValue().strip());
            if (json.matches() && json.group(1).equals(check.getKey().name())) {
                jsonColumns.add(check.getKey());
                return true;
            }
            return false;
        });
        CatalogQuery.each(connection, "columns", "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT,"
                + " IS_NULLABLE, DATA_TYPE, COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,"
                + " DATETIME_PRECISION, EXTRA, GENERATION_EXPRESSION, COLUMN_COMMENT FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA IN " + in + " ORDER BY TABLE_NAME, ORDINAL_POSITION", schemas, row -> {
            TableAssembly table = tables.get(List.of(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME")));
            if (table != null) {
                boolean json = jsonColumns.contains(new Named(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"),
                        row.getString("COLUMN_NAME")));
                table.column(column(row, json));
            }
        });
        readConstraints(connection, in, schemas, tables, checks);
        readSequences(connection, in, schemas, set, setName);
        return set.build();
    }

    /** The names as a list of literals: the server takes no array parameters. */
    private String inList(List<String> names) {
        return names.stream().map(dialect::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    private Set<String> existing(Connection connection, List<String> schemas) {
        return new HashSet<>(CatalogQuery.rows(connection, "schemas", "SELECT SCHEMA_NAME FROM"
                + " information_schema.SCHEMATA WHERE SCHEMA_NAME IN " + inList(schemas), schemas.toArray(String[]::new),
                row -> row.getString("SCHEMA_NAME")));
    }

    private static ColumnModel column(ResultSet row, boolean json) throws SQLException {
        String extra = String.valueOf(row.getString("EXTRA")).toLowerCase(Locale.ROOT);
        boolean identity = extra.contains("auto_increment");
        boolean generated = extra.contains("generated");
        String serverDefault = row.getString("COLUMN_DEFAULT");
        if (identity || generated || serverDefault == null || serverDefault.equals("NULL")) {
            serverDefault = null;
        }
        ColumnType type = json ? Types.JSON : type(row);
        return new ColumnModel(row.getString("COLUMN_NAME"), type, "YES".equals(row.getString("IS_NULLABLE")),
                serverDefault, identity, emptyAsNull(row.getString("COLUMN_COMMENT")),
                generated ? row.getString("GENERATION_EXPRESSION") : null);
    }

    /** The portable type of a column; one without a portable kind keeps MariaDB's spelling, upper case. */
    static ColumnType type(ResultSet row) throws SQLException {
        String dataType = row.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
        String columnType = row.getString("COLUMN_TYPE");
        Integer datetimePrecision = row.getObject("DATETIME_PRECISION", Integer.class);
        return switch (dataType) {
            // BIT(1) is what Hibernate makes of a boolean, and spells "bit".
            case "bit" -> columnType.equalsIgnoreCase("bit(1)") ? Types.raw("bit") : Types.raw(columnType.toUpperCase(Locale.ROOT));
            case "tinyint" -> columnType.equalsIgnoreCase("tinyint(1)") ? Types.BOOLEAN : Types.raw("TINYINT");
            case "smallint" -> Types.SMALLINT;
            case "int" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "decimal" -> Types.numeric(row.getInt("NUMERIC_PRECISION"), row.getInt("NUMERIC_SCALE"));
            case "float" -> Types.REAL;
            case "double" -> Types.DOUBLE;
            case "char" -> Types.character(row.getInt("CHARACTER_MAXIMUM_LENGTH"));
            case "varchar" -> Types.varchar(row.getInt("CHARACTER_MAXIMUM_LENGTH"));
            case "longtext" -> Types.TEXT;
            case "date" -> Types.DATE;
            case "time" -> new ColumnType(TypeKind.TIME, null, datetimePrecision, null, null, null);
            case "datetime" -> new ColumnType(TypeKind.TIMESTAMP, null, datetimePrecision, null, null, null);
            case "timestamp" -> new ColumnType(TypeKind.TIMESTAMPTZ, null, datetimePrecision, null, null, null);
            case "uuid" -> Types.UUID;
            case "longblob" -> Types.BINARY;
            case "varbinary" -> Types.binary(row.getInt("CHARACTER_MAXIMUM_LENGTH"));
            // The type's name in upper case, its arguments as stored: an ENUM's values keep their case.
            default -> Types.raw(columnType.substring(0, dataType.length()).toUpperCase(Locale.ROOT)
                    + columnType.substring(dataType.length()));
        };
    }

    private void readConstraints(Connection connection, String in, String[] schemas,
                                 Map<List<String>, TableAssembly> tables, Map<Named, String> checks) {
        Map<Named, List<KeyColumn>> keyColumns = new HashMap<>();
        CatalogQuery.each(connection, "constraint columns", "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME,"
                + " COLUMN_NAME, REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA IN " + in
                + " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION", schemas, row -> keyColumns
                .computeIfAbsent(new Named(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"),
                        row.getString("CONSTRAINT_NAME")), name -> new ArrayList<>())
                .add(new KeyColumn(row.getString("COLUMN_NAME"), row.getString("REFERENCED_TABLE_SCHEMA"),
                        row.getString("REFERENCED_TABLE_NAME"), row.getString("REFERENCED_COLUMN_NAME"))));
        Map<Named, ReferentialAction[]> rules = new HashMap<>();
        CatalogQuery.each(connection, "foreign keys", "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME,"
                + " UPDATE_RULE, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA IN " + in, schemas, row -> rules.put(
                new Named(row.getString("CONSTRAINT_SCHEMA"), row.getString("TABLE_NAME"), row.getString("CONSTRAINT_NAME")),
                new ReferentialAction[] {action(row.getString("DELETE_RULE")), action(row.getString("UPDATE_RULE"))}));
        Set<Named> constraintIndexes = new HashSet<>();
        CatalogQuery.each(connection, "constraints", "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE"
                + " FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA IN " + in
                + " ORDER BY TABLE_NAME, CONSTRAINT_NAME", schemas, row -> {
            Named name = new Named(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"), row.getString("CONSTRAINT_NAME"));
            TableAssembly table = tables.get(List.of(name.schema(), name.table()));
            if (table == null) {
                return;
            }
            List<KeyColumn> columns = keyColumns.getOrDefault(name, List.of());
            List<String> columnNames = columns.stream().map(KeyColumn::column).toList();
            switch (row.getString("CONSTRAINT_TYPE")) {
                case "PRIMARY KEY" -> {
                    table.primaryKey(new PrimaryKeyModel(null, columnNames));
                    constraintIndexes.add(name);
                }
                case "UNIQUE" -> {
                    table.uniqueKey(new UniqueKeyModel(name.name(), columnNames));
                    constraintIndexes.add(name);
                }
                case "FOREIGN KEY" -> {
                    ReferentialAction[] actions = rules.getOrDefault(name, new ReferentialAction[2]);
                    KeyColumn first = columns.get(0);
                    table.foreignKey(new ForeignKeyModel(name.name(), columnNames,
                            first.referencedSchema().equals(name.schema()) ? null : first.referencedSchema(),
                            first.referencedTable(), columns.stream().map(KeyColumn::referencedColumn).toList(),
                            actions[0], actions[1]));
                    // The index the server makes for a foreign key without one: named after the key, or after its
                    // first column when the key has the server's own name.
                    constraintIndexes.add(name);
                    constraintIndexes.add(new Named(name.schema(), name.table(), columnNames.get(0)));
                }
                case "CHECK" -> {
                    String condition = checks.get(name);
                    if (condition != null) {
                        table.check(new CheckModel(name.name(), condition));
                    }
                }
                default -> {
                    // No other kind is declared on tables.
                }
            }
        });
        readIndexes(connection, in, schemas, tables, constraintIndexes);
    }

    private static void readIndexes(Connection connection, String in, String[] schemas,
                                    Map<List<String>, TableAssembly> tables, Set<Named> constraintIndexes) {
        Map<Named, List<IndexKey>> keys = new LinkedHashMap<>();
        Map<Named, Boolean> unique = new HashMap<>();
        CatalogQuery.each(connection, "indexes", "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME,"
                + " COLLATION FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN " + in
                + " ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", schemas, row -> {
            Named name = new Named(row.getString("TABLE_SCHEMA"), row.getString("TABLE_NAME"), row.getString("INDEX_NAME"));
            if (constraintIndexes.contains(name)) {
                return;
            }
            IndexKey key = IndexKey.column(row.getString("COLUMN_NAME"));
            keys.computeIfAbsent(name, n -> new ArrayList<>()).add("D".equals(row.getString("COLLATION")) ? key.desc() : key);
            unique.put(name, row.getInt("NON_UNIQUE") == 0);
        });
        keys.forEach((name, columns) -> {
            TableAssembly table = tables.get(List.of(name.schema(), name.table()));
            if (table != null) {
                table.index(name.name(), columns, unique.get(name), null, null);
            }
        });
    }

    /** Every sequence's settings in one query, a row per sequence, however many there are. */
    private void readSequences(Connection connection, String in, String[] schemas, SchemaSet set,
                               UnaryOperator<String> setName) {
        List<List<String>> sequences = CatalogQuery.rows(connection, "sequences", "SELECT TABLE_SCHEMA, TABLE_NAME"
                + " FROM information_schema.TABLES WHERE TABLE_SCHEMA IN " + in + " AND TABLE_TYPE = 'SEQUENCE'"
                + " ORDER BY TABLE_NAME", schemas, row -> List.of(row.getString(1), row.getString(2)));
        if (sequences.isEmpty()) {
            return;
        }
        String settings = sequences.stream().map(sequence -> "SELECT " + dialect.literal(sequence.get(0)) + " AS s, "
                        + dialect.literal(sequence.get(1)) + " AS n, start_value, increment FROM "
                        + dialect.qualify(sequence.get(0), sequence.get(1)))
                .collect(Collectors.joining(" UNION ALL "));
        CatalogQuery.each(connection, "sequence settings", settings, schemas, row -> set.of(setName.apply(row.getString("s")))
                .sequence(new SequenceModel(row.getString("n"), row.getLong("start_value"), row.getLong("increment"))));
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** RESTRICT is what MariaDB reports for a key that names no action: the same as NO ACTION, the default. */
    private static ReferentialAction action(String rule) {
        if ("RESTRICT".equals(rule) || "NO ACTION".equals(rule)) {
            return null;
        }
        return Arrays.stream(ReferentialAction.values()).filter(a -> a.sql().equals(rule)).findFirst().orElse(null);
    }
}
