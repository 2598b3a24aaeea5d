package dev.migrations.schema;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads an H2 2.x schema through its {@code INFORMATION_SCHEMA}: one query per view, joined here rather than
 * in SQL, since H2 builds its information views row by row and a join would rebuild the inner view for every
 * outer row.
 *
 * <p>Left out: the library's own tables, the indexes H2 generates for constraints ({@code IS_GENERATED}), and
 * identity sequences (H2 does not list them). Foreign keys to another schema are not read.
 */
public final class H2SchemaReader implements SchemaReader {

    /** H2's longest character and binary string: what a VARCHAR or VARBINARY without a length gets. */
    static final long MAX_STRING_LENGTH = 1_000_000_000L;

    private static final String IN_SCHEMA = "= COALESCE(CAST(? AS VARCHAR), CURRENT_SCHEMA)";

    private static final String TABLES = "SELECT TABLE_NAME, REMARKS, ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA " + IN_SCHEMA + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
    private static final String TYPE_COLUMNS = "DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,"
            + " DATETIME_PRECISION, INTERVAL_TYPE, DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE";
    private static final String COLUMNS = "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE, DOMAIN_NAME,"
            + " DTD_IDENTIFIER, IS_IDENTITY, IS_GENERATED, GENERATION_EXPRESSION, REMARKS, " + TYPE_COLUMNS
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA " + IN_SCHEMA + " ORDER BY TABLE_NAME, ORDINAL_POSITION";
    private static final String ELEMENT_TYPES = "SELECT OBJECT_NAME, COLLECTION_TYPE_IDENTIFIER, DTD_IDENTIFIER, " + TYPE_COLUMNS
            + " FROM INFORMATION_SCHEMA.ELEMENT_TYPES WHERE OBJECT_SCHEMA " + IN_SCHEMA + " AND OBJECT_TYPE = 'TABLE'";
    private static final String CONSTRAINTS = "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE"
            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA " + IN_SCHEMA
            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME";
    private static final String KEY_COLUMNS = "SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION,"
            + " POSITION_IN_UNIQUE_CONSTRAINT FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE CONSTRAINT_SCHEMA "
            + IN_SCHEMA + " ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION";
    private static final String REFERENCES = "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
            + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA " + IN_SCHEMA;
    private static final String CHECKS = "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA " + IN_SCHEMA;
    private static final String INDEXES = "SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES"
            + " WHERE TABLE_SCHEMA " + IN_SCHEMA + " AND IS_GENERATED = FALSE"
            + " AND INDEX_TYPE_NAME IN ('INDEX', 'UNIQUE INDEX') ORDER BY TABLE_NAME, INDEX_NAME";
    private static final String INDEX_COLUMNS = "SELECT INDEX_NAME, COLUMN_NAME, ORDERING_SPECIFICATION"
            + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA " + IN_SCHEMA
            + " ORDER BY INDEX_NAME, ORDINAL_POSITION";
    private static final String SEQUENCES = "SELECT SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES"
            + " WHERE SEQUENCE_SCHEMA " + IN_SCHEMA + " ORDER BY SEQUENCE_NAME";
    /** The values of enum domains and of columns' own {@code ENUM(...)} types, one query for both. */
    private static final String ENUM_VALUES = "SELECT OBJECT_TYPE, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME"
            + " FROM INFORMATION_SCHEMA.ENUM_VALUES WHERE OBJECT_SCHEMA " + IN_SCHEMA
            + " AND OBJECT_TYPE IN ('DOMAIN', 'TABLE') ORDER BY OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL";

    /** The type columns H2 reports for a column or an array element. */
    private record TypeColumns(String dataType, Long length, Integer precision, Integer scale, Integer datetimePrecision,
                               String intervalType, Integer declaredPrecision, Integer declaredScale) {

        static TypeColumns of(ResultSet row) throws SQLException {
            return new TypeColumns(row.getString("DATA_TYPE"), row.getObject("CHARACTER_MAXIMUM_LENGTH", Long.class),
                    row.getObject("NUMERIC_PRECISION", Integer.class), row.getObject("NUMERIC_SCALE", Integer.class),
                    row.getObject("DATETIME_PRECISION", Integer.class), row.getString("INTERVAL_TYPE"),
                    row.getObject("DECLARED_NUMERIC_PRECISION", Integer.class),
                    row.getObject("DECLARED_NUMERIC_SCALE", Integer.class));
        }
    }

    private record ConstraintRow(String table, String name, String type) {
    }

    /**
     * A type described within a table: an array column's element type is found by the column's data type
     * descriptor, an {@code ENUM(...)} column's values by the column's (or the array element's) descriptor.
     */
    private record DescriptorKey(String table, String descriptor) {
    }

    /** An array element's type, and its own descriptor (for the values of an array of enums). */
    private record Element(TypeColumns type, String descriptor) {
    }

    /** The enum values the schema declares: those of its domains by name, those of columns by descriptor. */
    private record EnumValues(Map<String, List<String>> domains, Map<DescriptorKey, List<String>> columns) {

        /** The column's own enum type as H2 spells it, {@code ENUM('A', 'B')}; H2's bare name when not known. */
        ColumnType columnType(String table, String descriptor) {
            List<String> values = columns.get(new DescriptorKey(table, descriptor));
            if (values == null) {
                return Types.raw("ENUM");
            }
            return Types.raw(values.stream().map(v -> "'" + v.replace("'", "''") + "'")
                    .collect(Collectors.joining(", ", "ENUM(", ")")));
        }
    }

    private record KeyColumn(String constraint, String table, String column, int position, Integer uniquePosition) {
    }

    private record Reference(String uniqueConstraint, ReferentialAction onUpdate, ReferentialAction onDelete) {
    }

    private final UnaryOperator<String> fold;

    /** @param fold how this database folds unquoted names, for the schema name of a {@link ReadScope} */
    public H2SchemaReader(UnaryOperator<String> fold) {
        this.fold = fold;
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) {
        return !CatalogQuery.rows(connection, "name", "SELECT 1 FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ?",
                fold.apply(schema), row -> Boolean.TRUE).isEmpty();
    }

    @Override
    public SchemaModel read(Connection connection, ReadScope scope) {
        String schema = scope.schema() == null ? null : fold.apply(scope.schema());
        Map<String, TableAssembly> tables = new LinkedHashMap<>();
        CatalogQuery.each(connection, "tables", TABLES, schema, row -> {
            String name = row.getString("TABLE_NAME");
            if (!scope.isOwnTable(name)) {
                Long rows = row.getObject("ROW_COUNT_ESTIMATE", Long.class);
                tables.put(name, new TableAssembly(name, row.getString("REMARKS"), rows == null ? TableModel.UNKNOWN_ROWS : rows));
            }
        });
        EnumValues enumValues = new EnumValues(new LinkedHashMap<>(), new HashMap<>());
        CatalogQuery.each(connection, "enum values", ENUM_VALUES, schema, row -> {
            String object = row.getString("OBJECT_NAME");
            List<String> values = "DOMAIN".equals(row.getString("OBJECT_TYPE"))
                    ? enumValues.domains().computeIfAbsent(object, name -> new ArrayList<>())
                    : enumValues.columns().computeIfAbsent(new DescriptorKey(object, row.getString("ENUM_IDENTIFIER")),
                            key -> new ArrayList<>());
            values.add(row.getString("VALUE_NAME"));
        });
        Map<DescriptorKey, Element> elementTypes = new HashMap<>();
        CatalogQuery.each(connection, "array element types", ELEMENT_TYPES, schema, row -> elementTypes.put(
                new DescriptorKey(row.getString("OBJECT_NAME"), row.getString("COLLECTION_TYPE_IDENTIFIER")),
                new Element(TypeColumns.of(row), row.getString("DTD_IDENTIFIER"))));
        CatalogQuery.each(connection, "columns", COLUMNS, schema, row -> {
            TableAssembly table = tables.get(row.getString("TABLE_NAME"));
            if (table != null) {
                table.column(column(row, enumValues, elementTypes));
            }
        });
        readConstraints(connection, schema, tables);
        readIndexes(connection, schema, tables);
        List<SequenceModel> sequences = CatalogQuery.rows(connection, "sequences", SEQUENCES, schema,
                row -> new SequenceModel(row.getString("SEQUENCE_NAME"), row.getLong("START_VALUE"), row.getLong("INCREMENT")));
        return ExactNames.ofStored(SchemaModel.of(scope.schema(), tables.values().stream().map(TableAssembly::build).toList(),
                sequences, enumValues.domains().entrySet().stream().map(e -> new EnumTypeModel(e.getKey(), e.getValue()))
                        .toList()), fold);
    }

    private static ColumnModel column(ResultSet row, EnumValues enumValues, Map<DescriptorKey, Element> elementTypes)
            throws SQLException {
        String domain = row.getString("DOMAIN_NAME");
        String table = row.getString("TABLE_NAME");
        String descriptor = row.getString("DTD_IDENTIFIER");
        ColumnType type;
        if (domain != null) {
            type = enumValues.domains().containsKey(domain) ? Types.enumType(domain) : Types.raw(domain);
        } else {
            TypeColumns columns = TypeColumns.of(row);
            Element element = elementTypes.get(new DescriptorKey(table, descriptor));
            if ("ARRAY".equals(columns.dataType()) && element != null) {
                type = arrayOf(table, element, enumValues);
            } else if ("ENUM".equals(columns.dataType())) {
                type = enumValues.columnType(table, descriptor);
            } else {
                type = type(columns);
            }
        }
        boolean identity = "YES".equals(row.getString("IS_IDENTITY"));
        boolean generated = !"NEVER".equals(row.getString("IS_GENERATED"));
        String defaultExpression = identity || generated ? null : row.getString("COLUMN_DEFAULT");
        return new ColumnModel(row.getString("COLUMN_NAME"), type, "YES".equals(row.getString("IS_NULLABLE")),
                defaultExpression, identity, row.getString("REMARKS"),
                generated ? row.getString("GENERATION_EXPRESSION") : null);
    }

    /** Arrays of arrays are kept as spelled: their element types are not read. */
    private static ColumnType arrayOf(String table, Element element, EnumValues enumValues) {
        return switch (element.type().dataType()) {
            case "ARRAY" -> Types.raw("ARRAY");
            case "ENUM" -> Types.arrayOf(enumValues.columnType(table, element.descriptor()));
            default -> Types.arrayOf(type(element.type()));
        };
    }

    /** The portable type of H2's type columns; a type without a portable kind keeps H2's spelling. */
    static ColumnType type(TypeColumns c) {
        return switch (c.dataType()) {
            case "CHARACTER VARYING" -> unbounded(c.length()) ? Types.TEXT : Types.varchar(c.length().intValue());
            case "CHARACTER" -> Types.character(c.length().intValue());
            case "BINARY VARYING" -> unbounded(c.length()) ? Types.BINARY : Types.binary(c.length().intValue());
            case "BOOLEAN" -> Types.BOOLEAN;
            case "SMALLINT" -> Types.SMALLINT;
            case "INTEGER" -> Types.INTEGER;
            case "BIGINT" -> Types.BIGINT;
            case "REAL" -> Types.REAL;
            case "DOUBLE PRECISION" -> Types.DOUBLE;
            case "NUMERIC" -> new ColumnType(TypeKind.NUMERIC, null, c.declaredPrecision(),
                    c.declaredPrecision() == null ? null : Objects.requireNonNullElse(c.declaredScale(), 0), null, null);
            case "DATE" -> Types.DATE;
            case "TIME" -> new ColumnType(TypeKind.TIME, null, c.datetimePrecision(), null, null, null);
            case "TIMESTAMP" -> new ColumnType(TypeKind.TIMESTAMP, null, c.datetimePrecision(), null, null, null);
            case "TIMESTAMP WITH TIME ZONE" -> new ColumnType(TypeKind.TIMESTAMPTZ, null, c.datetimePrecision(), null, null, null);
            case "INTERVAL" -> "DAY TO SECOND".equals(c.intervalType()) ? Types.INTERVAL : Types.raw("INTERVAL " + c.intervalType());
            case "UUID" -> Types.UUID;
            case "JSON" -> Types.JSON;
            case "CHARACTER LARGE OBJECT", "BINARY LARGE OBJECT", "TINYINT", "DECFLOAT", "JAVA_OBJECT", "GEOMETRY" ->
                    Types.raw(c.dataType());
            case "BINARY", "VARCHAR_IGNORECASE" -> Types.raw(c.dataType() + "(" + c.length() + ")");
            case "TIME WITH TIME ZONE" -> Types.raw("TIME(" + c.datetimePrecision() + ") WITH TIME ZONE");
            default -> Types.raw(c.dataType());
        };
    }

    private static boolean unbounded(Long length) {
        return length == null || length >= MAX_STRING_LENGTH;
    }

    private void readConstraints(Connection connection, String schema, Map<String, TableAssembly> tables) {
        List<ConstraintRow> constraints = CatalogQuery.rows(connection, "constraints", CONSTRAINTS, schema, row ->
                new ConstraintRow(row.getString("TABLE_NAME"), row.getString("CONSTRAINT_NAME"), row.getString("CONSTRAINT_TYPE")));
        Map<String, List<KeyColumn>> keyColumns = new HashMap<>();
        CatalogQuery.each(connection, "constraint columns", KEY_COLUMNS, schema, row -> keyColumns
                .computeIfAbsent(row.getString("CONSTRAINT_NAME"), name -> new ArrayList<>())
                .add(new KeyColumn(row.getString("CONSTRAINT_NAME"), row.getString("TABLE_NAME"), row.getString("COLUMN_NAME"),
                        row.getInt("ORDINAL_POSITION"), row.getObject("POSITION_IN_UNIQUE_CONSTRAINT", Integer.class))));
        Map<String, Reference> references = new HashMap<>();
        CatalogQuery.each(connection, "foreign keys", REFERENCES, schema, row -> references.put(row.getString("CONSTRAINT_NAME"),
                new Reference(row.getString("UNIQUE_CONSTRAINT_NAME"), action(row.getString("UPDATE_RULE")),
                        action(row.getString("DELETE_RULE")))));
        Map<String, String> checks = new HashMap<>();
        CatalogQuery.each(connection, "checks", CHECKS, schema,
                row -> checks.put(row.getString("CONSTRAINT_NAME"), row.getString("CHECK_CLAUSE")));
        for (ConstraintRow constraint : constraints) {
            TableAssembly table = tables.get(constraint.table());
            if (table == null) {
                continue;
            }
            String name = constraint.name();
            List<KeyColumn> columns = keyColumns.getOrDefault(name, List.of());
            List<String> columnNames = columns.stream().map(KeyColumn::column).toList();
            switch (constraint.type()) {
                case "PRIMARY KEY" -> table.primaryKey(new PrimaryKeyModel(name, columnNames));
                case "UNIQUE" -> table.uniqueKey(new UniqueKeyModel(name, columnNames));
                case "CHECK" -> table.check(new CheckModel(name, checks.get(name)));
                case "FOREIGN KEY" -> foreignKey(name, columns, references.get(name), keyColumns).ifPresent(table::foreignKey);
                default -> {
                    // No other kind is declared on tables.
                }
            }
        }
    }

    /**
     * The referenced columns are the referenced unique constraint's, taken in the order the key pairs them;
     * empty when that constraint is in another schema, which is not read.
     */
    private static Optional<ForeignKeyModel> foreignKey(String name, List<KeyColumn> columns, Reference reference,
                                                        Map<String, List<KeyColumn>> keyColumns) {
        List<KeyColumn> unique = reference == null ? List.of() : keyColumns.getOrDefault(reference.uniqueConstraint(), List.of());
        if (unique.isEmpty()) {
            return Optional.empty();
        }
        String referencedTable = unique.get(0).table();
        List<String> referencedColumns = columns.stream()
                .map(column -> unique.stream().filter(u -> u.position() == column.uniquePosition()).findFirst()
                        .orElseThrow().column())
                .toList();
        return Optional.of(new ForeignKeyModel(name, columns.stream().map(KeyColumn::column).toList(), null, referencedTable,
                referencedColumns, reference.onDelete(), reference.onUpdate()));
    }

    private void readIndexes(Connection connection, String schema, Map<String, TableAssembly> tables) {
        Map<String, List<IndexKey>> keys = new HashMap<>();
        CatalogQuery.each(connection, "index columns", INDEX_COLUMNS, schema, row -> {
            IndexKey key = IndexKey.column(row.getString("COLUMN_NAME"));
            keys.computeIfAbsent(row.getString("INDEX_NAME"), name -> new ArrayList<>())
                    .add("DESC".equals(row.getString("ORDERING_SPECIFICATION")) ? key.desc() : key);
        });
        CatalogQuery.each(connection, "indexes", INDEXES, schema, row -> {
            TableAssembly table = tables.get(row.getString("TABLE_NAME"));
            String name = row.getString("INDEX_NAME");
            if (table != null) {
                table.index(name, keys.get(name), "UNIQUE INDEX".equals(row.getString("INDEX_TYPE_NAME")), null, null);
            }
        });
    }

    private static ReferentialAction action(String rule) {
        return Arrays.stream(ReferentialAction.values()).filter(a -> a.sql().equals(rule)).findFirst().orElse(null);
    }
}
