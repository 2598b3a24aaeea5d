package dev.migrations.dialect;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.Types;
import dev.migrations.schema.CheckModel;
import dev.migrations.schema.ColumnModel;
import dev.migrations.schema.ForeignKeyModel;
import dev.migrations.schema.PrimaryKeyModel;
import dev.migrations.schema.ReadScope;
import dev.migrations.schema.SchemaAssembly;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.SchemaReader;
import dev.migrations.schema.SchemaSet;
import dev.migrations.schema.SequenceModel;
import dev.migrations.schema.TableAssembly;
import dev.migrations.schema.TableModel;
import dev.migrations.schema.TypeSpelling;
import dev.migrations.schema.UniqueKeyModel;

import java.sql.Array;
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
import java.util.Set;
import java.util.function.Function;

/**
 * Reads PostgreSQL schemas with six {@code pg_catalog} queries: tables, columns, constraints, indexes,
 * sequences, enum types, however many tables and schemas (with one more to learn which of the other schemas
 * exist). Never {@code information_schema} (its foreign-key views join per row and are about a thousand times
 * slower) and never per-table {@code DatabaseMetaData} calls.
 *
 * <p>Left out: the library's own tables; partitions (their parent stands for them); objects that belong to an
 * extension; sequences owned by a column (identity and {@code serial}); indexes that back a primary key, unique
 * or exclusion constraint; and constraints a partitioned table copies onto partitions.
 */
final class PostgresSchemaReader implements SchemaReader {

    /**
     * The schemas read, bound as one array literal to both parameters; its empty name stands for the connection's
     * current schema.
     */
    private static final String NAMESPACE = "(n.nspname = ANY(CAST(? AS name[]))"
            + " OR (n.nspname = current_schema() AND ''::name = ANY(CAST(? AS name[]))))";

    private static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, obj_description(c.oid, 'pg_class') AS comment, c.reltuples
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                              WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
            ORDER BY c.relname""".formatted(NAMESPACE);

    /** {@code owns_sequence}: a {@code serial} column, whose sequence depends on it automatically. */
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
                   t.typtype, t.typname, et.typtype AS element_typtype, et.typname AS element_typname,
                   a.attnotnull, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expression,
                   a.attidentity, a.attgenerated, pg_catalog.col_description(a.attrelid, a.attnum) AS comment,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep
                           JOIN pg_catalog.pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
                           WHERE dep.classid = 'pg_catalog.pg_class'::regclass AND dep.refobjid = a.attrelid
                             AND dep.refobjsubid = a.attnum AND dep.deptype = 'a') AS owns_sequence
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            WHERE %s AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""".formatted(NAMESPACE);

    /** Column names come from the key arrays in order; {@code conparentid <> 0} marks copies on partitions. */
    private static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS columns,
                   rn.nspname AS referenced_schema, rc.relnamespace = c.relnamespace AS same_schema,
                   rc.relname AS referenced_table,
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                         ORDER BY k.ord) AS referenced_columns,
                   con.confdeltype, con.confupdtype, pg_catalog.pg_get_expr(con.conbin, con.conrelid) AS condition
            FROM pg_catalog.pg_constraint con
            JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE %s AND con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0
            ORDER BY con.conrelid, con.conname""".formatted(NAMESPACE);

    /** Each key's text from {@code pg_get_indexdef(index, k, true)}: a column name or an expression. */
    private static final String INDEXES = """
            SELECT i.indrelid, ic.relname, i.indisunique, i.indkey::text AS indkey, am.amname,
                   ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS key_definitions,
                   ARRAY(SELECT pg_catalog.pg_index_column_has_property(i.indexrelid, k, 'desc')
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k) AS key_descending,
                   pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_am am ON am.oid = ic.relam
            JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND c.relkind IN ('r', 'p')
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con
                              WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                                AND con.contype IN ('p', 'u', 'x'))
            ORDER BY i.indrelid, ic.relname""".formatted(NAMESPACE);

    /** Dependency 'a' is a serial's sequence (OWNED BY), 'i' an identity's, 'e' an extension's. */
    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, s.seqstart, s.seqincrement
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE %s AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                     WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                                       AND d.deptype IN ('a', 'i', 'e'))
            ORDER BY c.relname""".formatted(NAMESPACE);

    private static final String ENUM_TYPES = """
            SELECT n.nspname, t.typname, e.enumlabel,
                   EXISTS (SELECT 1 FROM pg_catalog.pg_cast c WHERE c.castcontext = 'i'
                           AND c.castsource = 'pg_catalog.varchar'::regtype AND c.casttarget = t.oid)
                   AND EXISTS (SELECT 1 FROM pg_catalog.pg_cast c WHERE c.castcontext = 'i'
                               AND c.castsource = t.oid AND c.casttarget = 'pg_catalog.varchar'::regtype) AS text_casts
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
            WHERE %s AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                     WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid
                                       AND d.deptype = 'e')
            ORDER BY t.typname, e.enumsortorder""".formatted(NAMESPACE);

    private static final String SCHEMAS_EXISTING =
            "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = ANY(CAST(? AS name[]))";

    private record ColumnKey(long table, int number) {
    }

    @Override
    public boolean schemaExists(Connection connection, String schema) {
        return !existing(connection, List.of(fold(schema))).isEmpty();
    }

    @Override
    public SchemaModel read(Connection connection, ReadScope scope) {
        return read(connection, scope, SchemaModel.empty());
    }

    /** The scope's schema and the other schemas {@code target} names that exist, in the same six queries. */
    @Override
    public SchemaModel read(Connection connection, ReadScope scope, SchemaModel target) {
        SchemaSet set = new SchemaSet(scope, target, PostgresSchemaReader::fold, names -> existing(connection, names));
        String schemas = arrayLiteral(set.names());
        Map<Long, TableAssembly> tables = new LinkedHashMap<>();
        CatalogQuery.each(connection, "tables", TABLES, schemas, row -> {
            String name = row.getString("relname");
            if (set.keeps(row.getString("nspname"), name)) {
                float rows = row.getFloat("reltuples");
                TableAssembly table = new TableAssembly(name, row.getString("comment"),
                        rows < 0 ? TableModel.UNKNOWN_ROWS : (long) rows);
                tables.put(row.getLong("oid"), table);
                set.of(row.getString("nspname")).table(table);
            }
        });
        Map<ColumnKey, String> columnNames = new HashMap<>();
        CatalogQuery.each(connection, "columns", COLUMNS, schemas, row -> {
            TableAssembly table = tables.get(row.getLong("attrelid"));
            if (table != null) {
                ColumnModel column = column(row);
                columnNames.put(new ColumnKey(row.getLong("attrelid"), row.getInt("attnum")), column.name());
                table.column(column);
            }
        });
        CatalogQuery.each(connection, "constraints", CONSTRAINTS, schemas, row -> {
            TableAssembly table = tables.get(row.getLong("conrelid"));
            if (table != null) {
                constraint(table, row);
            }
        });
        CatalogQuery.each(connection, "indexes", INDEXES, schemas, row -> {
            long tableId = row.getLong("indrelid");
            TableAssembly table = tables.get(tableId);
            if (table != null) {
                table.index(row.getString("relname"), indexKeys(row, tableId, columnNames), row.getBoolean("indisunique"),
                        row.getString("predicate"), row.getString("amname"));
            }
        });
        CatalogQuery.each(connection, "sequences", SEQUENCES, schemas, row -> set.of(row.getString("nspname"))
                .sequence(new SequenceModel(row.getString("relname"), row.getLong("seqstart"), row.getLong("seqincrement"))));
        CatalogQuery.each(connection, "enum types", ENUM_TYPES, schemas, row -> {
            SchemaAssembly schema = set.of(row.getString("nspname"));
            schema.enumValue(row.getString("typname"), row.getString("enumlabel"));
            if (row.getBoolean("text_casts")) {
                schema.textCasts(row.getString("typname"));
            }
        });
        return set.build();
    }

    private static Set<String> existing(Connection connection, List<String> schemas) {
        return new HashSet<>(CatalogQuery.rows(connection, "schemas", SCHEMAS_EXISTING, arrayLiteral(schemas),
                row -> row.getString("nspname")));
    }

    private static String fold(String name) {
        return IdentifierFolding.ASCII_LOWER_CASE.apply(name);
    }

    /** {@code {"public","audit"}}: each element quoted, with its quotes and backslashes escaped. */
    private static String arrayLiteral(List<String> names) {
        StringBuilder literal = new StringBuilder("{");
        for (String name : names) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(name.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private static ColumnModel column(ResultSet row) throws SQLException {
        String identity = row.getString("attidentity");
        boolean generated = !row.getString("attgenerated").isEmpty();
        String defaultExpression = generated ? null : row.getString("default_expression");
        // A serial is an identity column spelled the old way: its default draws from a sequence it owns.
        boolean serial = row.getBoolean("owns_sequence") && defaultExpression != null
                && defaultExpression.startsWith("nextval(");
        boolean isIdentity = !identity.isEmpty() || serial;
        // A generated column's expression is kept where a default's is: in pg_attrdef.
        return new ColumnModel(row.getString("attname"), type(row), !row.getBoolean("attnotnull"),
                isIdentity ? null : defaultExpression, isIdentity, row.getString("comment"),
                generated ? row.getString("default_expression") : null);
    }

    /** Enum types by their name (format_type would qualify one outside the search path); the rest by spelling. */
    private static ColumnType type(ResultSet row) throws SQLException {
        if ("e".equals(row.getString("typtype"))) {
            return Types.enumType(row.getString("typname"));
        }
        if ("e".equals(row.getString("element_typtype"))) {
            return Types.arrayOf(Types.enumType(row.getString("element_typname")));
        }
        return TypeSpelling.parse(row.getString("type"));
    }

    private static void constraint(TableAssembly table, ResultSet row) throws SQLException {
        String name = row.getString("conname");
        List<String> columns = strings(row.getArray("columns"));
        switch (row.getString("contype")) {
            case "p" -> table.primaryKey(new PrimaryKeyModel(name, columns));
            case "u" -> table.uniqueKey(new UniqueKeyModel(name, columns));
            case "c" -> table.check(new CheckModel(name, row.getString("condition")));
            case "f" -> {
                String referencedSchema = row.getBoolean("same_schema") ? null : row.getString("referenced_schema");
                table.foreignKey(new ForeignKeyModel(name, columns, referencedSchema,
                        row.getString("referenced_table"), strings(row.getArray("referenced_columns")),
                        action(row.getString("confdeltype")), action(row.getString("confupdtype"))));
            }
            default -> throw new IllegalStateException("unexpected constraint type " + row.getString("contype"));
        }
    }

    private static List<IndexKey> indexKeys(ResultSet row, long tableId, Map<ColumnKey, String> columnNames)
            throws SQLException {
        List<String> definitions = strings(row.getArray("key_definitions"));
        Boolean[] descending = (Boolean[]) row.getArray("key_descending").getArray();
        int[] attributes = Arrays.stream(row.getString("indkey").trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
        List<IndexKey> keys = new ArrayList<>();
        for (int k = 0; k < definitions.size(); k++) {
            String column = attributes[k] == 0 ? null : columnNames.get(new ColumnKey(tableId, attributes[k]));
            IndexKey key = column != null ? IndexKey.column(column) : IndexKey.expression(definitions.get(k));
            keys.add(Boolean.TRUE.equals(descending[k]) ? key.desc() : key);
        }
        return keys;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> null;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
