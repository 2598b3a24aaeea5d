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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Reads an H2 2.x schema through its {@code INFORMATION_SCHEMA}: one query per view, joined here rather than
 * in SQL, since H2 builds its information views row by row and a join would rebuild the inner view for every
 * outer row.
 *
 * <p>The scope's schema and every other schema read come from the same eleven queries (with one more to learn
 * which of the other schemas exist), so the cost does not grow with the number of schemas either. Objects are
 * keyed by schema and name, since H2 scopes the names of constraints and indexes by schema.
 *
 * <p>Left out: the library's own tables, the indexes H2 generates for constraints ({@code IS_GENERATED}), and
 * identity sequences (H2 does not list them). A foreign key into a schema that is not read is left out too.
 */
final class H2SchemaReader implements SchemaReader {

    /** H2's longest character and binary string: what a VARCHAR or VARBINARY without a length gets. */
    static final long MAX_STRING_LENGTH = 1_000_000_000L;

    /**
     * The schemas read, bound as one array to both parameters; its empty name stands for the connection's current
     * schema.
     */
    private static String inSchemas(String column) {
        return "(" + column + " = ANY(?) OR (" + column + " = CURRENT_SCHEMA AND '' = ANY(?)))";
    }

    private static final String TABLES = "SELECT TABLE_SCHEMA, TABLE_NAME, REMARKS, ROW_COUNT_ESTIMATE"
            + " FROM INFORMATION_SCHEMA.TABLES WHERE " + inSchemas("TABLE_SCHEMA") + " AND TABLE_TYPE = 'BASE TABLE'"
            + " ORDER BY TABLE_NAME";
    private static final String TYPE_COLUMNS = "DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,"
            + " DATETIME_PRECISION, INTERVAL_TYPE, DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE";
    private static final String COLUMNS = "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, IS_NULLABLE,"
            + " DOMAIN_SCHEMA, DOMAIN_NAME, DTD_IDENTIFIER, IS_IDENTITY, IS_GENERATED, GENERATION_EXPRESSION, REMARKS, " + TYPE_COLUMNS
            + " FROM INFORMATION_SCHEMA.COLUMNS WHERE " + inSchemas("TABLE_SCHEMA")
            + " ORDER BY TABLE_NAME, ORDINAL_POSITION";
    private static final String ELEMENT_TYPES = "SELECT OBJECT_SCHEMA, OBJECT_NAME, COLLECTION_TYPE_IDENTIFIER, DTD_IDENTIFIER, "
            + TYPE_COLUMNS + " FROM INFORMATION_SCHEMA.ELEMENT_TYPES WHERE " + inSchemas("OBJECT_SCHEMA")
            + " AND OBJECT_TYPE = 'TABLE'";
    private static final String CONSTRAINTS = "SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE"
            + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE " + inSchemas("TABLE_SCHEMA")
            + " ORDER BY TABLE_NAME, CONSTRAINT_NAME";
    /**
     * H2 keeps a column's old name in KEY_COLUMN_USAGE after {@code ALTER COLUMN ... RENAME} until the table is
     * altered again, while the constraint's index has the new one: a key's columns are its index's, position by
     * position, for a primary or unique key (whose index holds exactly its columns), and for a foreign key only
     * where the name KEY_COLUMN_USAGE gives is no column of the table.
     */
    private static final String KEY_COLUMNS = "SELECT K.CONSTRAINT_SCHEMA, K.CONSTRAINT_NAME, K.TABLE_NAME,"
            + " COALESCE(I.COLUMN_NAME, K.COLUMN_NAME) AS COLUMN_NAME, K.ORDINAL_POSITION,"
            + " K.POSITION_IN_UNIQUE_CONSTRAINT FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE K"
            + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS T ON T.CONSTRAINT_SCHEMA = K.CONSTRAINT_SCHEMA"
            + " AND T.CONSTRAINT_NAME = K.CONSTRAINT_NAME"
            + " LEFT JOIN INFORMATION_SCHEMA.INDEX_COLUMNS I ON I.INDEX_SCHEMA = T.INDEX_SCHEMA"
            + " AND I.INDEX_NAME = T.INDEX_NAME AND I.ORDINAL_POSITION = K.ORDINAL_POSITION"
            + " AND (T.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE') OR NOT EXISTS (SELECT 1 FROM"
            + " INFORMATION_SCHEMA.COLUMNS C WHERE C.TABLE_SCHEMA = K.TABLE_SCHEMA AND C.TABLE_NAME = K.TABLE_NAME"
            + " AND C.COLUMN_NAME = K.COLUMN_NAME))"
            + " WHERE " + inSchemas("K.CONSTRAINT_SCHEMA") + " ORDER BY K.CONSTRAINT_NAME, K.ORDINAL_POSITION";
    private static final String REFERENCES = "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA,"
            + " UNIQUE_CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS WHERE "
            + inSchemas("CONSTRAINT_SCHEMA");
    private static final String CHECKS = "SELECT CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CHECK_CLAUSE"
            + " FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE " + inSchemas("CONSTRAINT_SCHEMA");
    private static final String INDEXES = "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_SCHEMA, INDEX_NAME, INDEX_TYPE_NAME"
            + " FROM INFORMATION_SCHEMA.INDEXES WHERE " + inSchemas("TABLE_SCHEMA") + " AND IS_GENERATED = FALSE"
            + " AND INDEX_TYPE_NAME IN ('INDEX', 'UNIQUE INDEX') ORDER BY TABLE_NAME, INDEX_NAME";
    private static final String INDEX_COLUMNS = "SELECT INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME, ORDERING_SPECIFICATION"
            + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE " + inSchemas("TABLE_SCHEMA")
            + " ORDER BY INDEX_NAME, ORDINAL_POSITION";
    private static final String SEQUENCES = "SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT"
            + " FROM INFORMATION_SCHEMA.SEQUENCES WHERE " + inSchemas("SEQUENCE_SCHEMA") + " ORDER BY SEQUENCE_NAME";
    /** The values of enum domains and of columns' own {@code ENUM(...)} types, one query for both. */
    private static final String ENUM_VALUES = "SELECT OBJECT_SCHEMA, OBJECT_TYPE, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME"
            + " FROM INFORMATION_SCHEMA.ENUM_VALUES WHERE " + inSchemas("OBJECT_SCHEMA")
            + " AND OBJECT_TYPE IN ('DOMAIN', 'TABLE') ORDER BY OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL";
    private static final String SCHEMAS_EXISTING =
            "SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ANY(?)";

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

    /** An object H2 names within a schema: a table, constraint, index or domain, by stored names. */
    private record Qualified(String schema, String name) {

        static Qualified of(ResultSet row, String schemaColumn, String nameColumn) throws SQLException {
            return new Qualified(row.getString(schemaColumn), row.getString(nameColumn));
        }
    }

    private record ConstraintRow(Qualified table, Qualified name, String type) {
    }

    /**
     * A type described within a table: an array column's element type is found by the column's data type
     * descriptor, an {@code ENUM(...)} column's values by the column's (or the array element's) descriptor.
     */
    private record DescriptorKey(Qualified table, String descriptor) {
    }

    /** An array element's type, and its own descriptor (for the values of an array of enums). */
    private record Element(TypeColumns type, String descriptor) {
    }

    /** The enum values the schemas declare: those of their domains by name, those of columns by descriptor. */
    private record EnumValues(Map<Qualified, List<String>> domains, Map<DescriptorKey, List<String>> columns) {

        /** The column's own enum type as H2 spells it, {@code ENUM('A', 'B')}; H2's bare name when not known. */
        ColumnType columnType(Qualified table, String descriptor) {
            List<String> values = columns.get(new DescriptorKey(table, descriptor));
            if (values == null) {
                return Types.raw("ENUM");
            }
            return Types.raw(values.stream().map(v -> "'" + v.replace("'", "''") + "'")
                    .collect(Collectors.joining(", ", "ENUM(", ")")));
        }
    }

    private record KeyColumn(String table, String column, int position, Integer uniquePosition) {
    }

    private record Reference(Qualified uniqueConstraint, ReferentialAction onUpdate, ReferentialAction onDelete) {
    }

    private final UnaryOperator<String> fold;

    /** @param fold how this database folds unquoted names, for the schema name of a {@link ReadScope} */
    H2SchemaReader(UnaryOperator<String> fold) {
        this.fold = fold;
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) {
        return !existing(connection, List.of(fold.apply(schema))).isEmpty();
    }

    @Override
    public SchemaModel read(Connection connection, ReadScope scope) {
        return read(connection, scope, SchemaModel.empty());
    }

    /** The scope's schema and the other schemas {@code target} names that exist, in the same eleven queries. */
    @Override
    public SchemaModel read(Connection connection, ReadScope scope, SchemaModel target) {
        SchemaSet set = new SchemaSet(scope, target, fold, names -> existing(connection, names));
        String[] schemas = set.names().toArray(String[]::new);
        Map<Qualified, TableAssembly> tables = new LinkedHashMap<>();
        CatalogQuery.each(connection, "tables", TABLES, schemas, row -> {
            Qualified name = Qualified.of(row, "TABLE_SCHEMA", "TABLE_NAME");
            if (set.keeps(name.schema(), name.name())) {
                Long rows = row.getObject("ROW_COUNT_ESTIMATE", Long.class);
                TableAssembly table = new TableAssembly(name.name(), row.getString("REMARKS"),
                        rows == null ? TableModel.UNKNOWN_ROWS : rows);
                tables.put(name, table);
                set.of(name.schema()).table(table);
            }
        });
        EnumValues enumValues = new EnumValues(new LinkedHashMap<>(), new HashMap<>());
        CatalogQuery.each(connection, "enum values", ENUM_VALUES, schemas, row -> {
            Qualified object = Qualified.of(row, "OBJECT_SCHEMA", "OBJECT_NAME");
            List<String> values = "DOMAIN".equals(row.getString("OBJECT_TYPE"))
                    ? enumValues.domains().computeIfAbsent(object, name -> new ArrayList<>())
                    : enumValues.columns().computeIfAbsent(new DescriptorKey(object, row.getString("ENUM_IDENTIFIER")),
                            key -> new ArrayList<>());
            values.add(row.getString("VALUE_NAME"));
        });
        enumValues.domains().forEach((domain, values) -> set.of(domain.schema()).enumType(domain.name(), values));
        Map<DescriptorKey, Element> elementTypes = new HashMap<>();
        CatalogQuery.each(connection, "array element types", ELEMENT_TYPES, schemas, row -> elementTypes.put(
                new DescriptorKey(Qualified.of(row, "OBJECT_SCHEMA", "OBJECT_NAME"), row.getString("COLLECTION_TYPE_IDENTIFIER")),
                new Element(TypeColumns.of(row), row.getString("DTD_IDENTIFIER"))));
        CatalogQuery.each(connection, "columns", COLUMNS, schemas, row -> {
            TableAssembly table = tables.get(Qualified.of(row, "TABLE_SCHEMA", "TABLE_NAME"));
            if (table != null) {
                table.column(column(row, enumValues, elementTypes));
            }
        });
        readConstraints(connection, schemas, tables);
        readIndexes(connection, schemas, tables);
        CatalogQuery.each(connection, "sequences", SEQUENCES, schemas, row -> set.of(row.getString("SEQUENCE_SCHEMA"))
                .sequence(new SequenceModel(row.getString("SEQUENCE_NAME"), row.getLong("START_VALUE"),
                        row.getLong("INCREMENT"))));
        return set.build();
    }

    private static Set<String> existing(Connection connection, List<String> schemas) {
        return new HashSet<>(CatalogQuery.rows(connection, "schemas", SCHEMAS_EXISTING, schemas.toArray(String[]::new),
                row -> row.getString("SCHEMA_NAME")));
    }

    private static ColumnModel column(ResultSet row, EnumValues enumValues, Map<DescriptorKey, Element> elementTypes)
            throws SQLException {
        String domain = row.getString("DOMAIN_NAME");
        Qualified table = Qualified.of(row, "TABLE_SCHEMA", "TABLE_NAME");
        String descriptor = row.getString("DTD_IDENTIFIER");
        ColumnType type;
        if (domain != null) {
            boolean isEnum = enumValues.domains().containsKey(Qualified.of(row, "DOMAIN_SCHEMA", "DOMAIN_NAME"));
            type = isEnum ? Types.enumType(domain) : Types.raw(domain);
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
    private static ColumnType arrayOf(Qualified table, Element element, EnumValues enumValues) {
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

    private static void readConstraints(Connection connection, String[] schemas, Map<Qualified, TableAssembly> tables) {
        List<ConstraintRow> constraints = CatalogQuery.rows(connection, "constraints", CONSTRAINTS, schemas, row ->
                new ConstraintRow(Qualified.of(row, "TABLE_SCHEMA", "TABLE_NAME"),
                        Qualified.of(row, "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME"), row.getString("CONSTRAINT_TYPE")));
        Map<Qualified, List<KeyColumn>> keyColumns = new HashMap<>();
        CatalogQuery.each(connection, "constraint columns", KEY_COLUMNS, schemas, row -> keyColumns
                .computeIfAbsent(Qualified.of(row, "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME"), name -> new ArrayList<>())
                .add(new KeyColumn(row.getString("TABLE_NAME"), row.getString("COLUMN_NAME"), row.getInt("ORDINAL_POSITION"),
                        row.getObject("POSITION_IN_UNIQUE_CONSTRAINT", Integer.class))));
        Map<Qualified, Reference> references = new HashMap<>();
        CatalogQuery.each(connection, "foreign keys", REFERENCES, schemas, row -> references.put(
                Qualified.of(row, "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME"),
                new Reference(Qualified.of(row, "UNIQUE_CONSTRAINT_SCHEMA", "UNIQUE_CONSTRAINT_NAME"),
                        action(row.getString("UPDATE_RULE")), action(row.getString("DELETE_RULE")))));
        Map<Qualified, String> checks = new HashMap<>();
        CatalogQuery.each(connection, "checks", CHECKS, schemas, row -> checks.put(
                Qualified.of(row, "CONSTRAINT_SCHEMA", "CONSTRAINT_NAME"), row.getString("CHECK_CLAUSE")));
        for (ConstraintRow constraint : constraints) {
            TableAssembly table = tables.get(constraint.table());
            if (table == null) {
                continue;
            }
            String name = constraint.name().name();
            List<KeyColumn> columns = keyColumns.getOrDefault(constraint.name(), List.of());
            List<String> columnNames = columns.stream().map(KeyColumn::column).toList();
            switch (constraint.type()) {
                case "PRIMARY KEY" -> table.primaryKey(new PrimaryKeyModel(name, columnNames));
                case "UNIQUE" -> table.uniqueKey(new UniqueKeyModel(name, columnNames));
                case "CHECK" -> table.check(new CheckModel(name, checks.get(constraint.name())));
                case "FOREIGN KEY" -> foreignKey(constraint.name(), columns, references.get(constraint.name()), keyColumns)
                        .ifPresent(table::foreignKey);
                default -> {
                    // No other kind is declared on tables.
                }
            }
        }
    }

    /**
     * The referenced columns are the referenced unique constraint's, taken in the order the key pairs them;
     * empty when that constraint is in a schema that is not read. The referenced schema is named when it is not
     * the key's own.
     */
    private static Optional<ForeignKeyModel> foreignKey(Qualified name, List<KeyColumn> columns, Reference reference,
                                                        Map<Qualified, List<KeyColumn>> keyColumns) {
        List<KeyColumn> unique = reference == null ? List.of() : keyColumns.getOrDefault(reference.uniqueConstraint(), List.of());
        if (unique.isEmpty()) {
            return Optional.empty();
        }
        String referencedSchema = reference.uniqueConstraint().schema();
        String referencedTable = unique.get(0).table();
        List<String> referencedColumns = columns.stream()
                .map(column -> unique.stream().filter(u -> u.position() == column.uniquePosition()).findFirst()
                        .orElseThrow().column())
                .toList();
        return Optional.of(new ForeignKeyModel(name.name(), columns.stream().map(KeyColumn::column).toList(),
                referencedSchema.equals(name.schema()) ? null : referencedSchema, referencedTable, referencedColumns,
                reference.onDelete(), reference.onUpdate()));
    }

    private static void readIndexes(Connection connection, String[] schemas, Map<Qualified, TableAssembly> tables) {
        Map<Qualified, List<IndexKey>> keys = new HashMap<>();
        CatalogQuery.each(connection, "index columns", INDEX_COLUMNS, schemas, row -> {
            IndexKey key = IndexKey.column(row.getString("COLUMN_NAME"));
            keys.computeIfAbsent(Qualified.of(row, "INDEX_SCHEMA", "INDEX_NAME"), name -> new ArrayList<>())
                    .add("DESC".equals(row.getString("ORDERING_SPECIFICATION")) ? key.desc() : key);
        });
        CatalogQuery.each(connection, "indexes", INDEXES, schemas, row -> {
            TableAssembly table = tables.get(Qualified.of(row, "TABLE_SCHEMA", "TABLE_NAME"));
            if (table != null) {
                table.index(row.getString("INDEX_NAME"), keys.get(Qualified.of(row, "INDEX_SCHEMA", "INDEX_NAME")),
                        "UNIQUE INDEX".equals(row.getString("INDEX_TYPE_NAME")), null, null);
            }
        });
    }

    private static ReferentialAction action(String rule) {
        return Arrays.stream(ReferentialAction.values()).filter(a -> a.sql().equals(rule)).findFirst().orElse(null);
    }
}
