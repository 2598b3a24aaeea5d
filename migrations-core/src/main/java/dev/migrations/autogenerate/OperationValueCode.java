package dev.migrations.autogenerate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.Column;
import dev.migrations.ops.ColumnReference;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.TableConstraint;
import dev.migrations.ops.TableElement;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.ops.UniqueConstraint;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Java expressions that build the values operations hold: types ({@code Types.varchar(255)}), columns
 * ({@code Column.column("id", Types.BIGINT).notNull()}), constraints, index definitions, literals. Each
 * expression evaluates to a value equal to the one it was rendered from.
 */
final class OperationValueCode {

    static final ClassName TYPES = ClassName.get(Types.class);
    static final ClassName COLUMN = ClassName.get(Column.class);
    static final ClassName COLUMN_TYPE = ClassName.get(ColumnType.class);
    static final ClassName TYPE_KIND = ClassName.get(TypeKind.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName ARRAYS = ClassName.get(Arrays.class);

    /** The constants of {@link Types}, by the value they hold. */
    private static final Map<ColumnType, String> CONSTANTS = Map.ofEntries(
            Map.entry(Types.SMALLINT, "SMALLINT"), Map.entry(Types.INTEGER, "INTEGER"), Map.entry(Types.BIGINT, "BIGINT"),
            Map.entry(Types.REAL, "REAL"), Map.entry(Types.DOUBLE, "DOUBLE"), Map.entry(Types.BOOLEAN, "BOOLEAN"),
            Map.entry(Types.TEXT, "TEXT"), Map.entry(Types.DATE, "DATE"), Map.entry(Types.TIME, "TIME"),
            Map.entry(Types.TIMESTAMP, "TIMESTAMP"), Map.entry(Types.TIMESTAMPTZ, "TIMESTAMPTZ"),
            Map.entry(Types.INTERVAL, "INTERVAL"), Map.entry(Types.UUID, "UUID"), Map.entry(Types.BINARY, "BINARY"),
            Map.entry(Types.JSON, "JSON"), Map.entry(Types.JSONB, "JSONB"));

    private OperationValueCode() {
    }

    static CodeBlock type(ColumnType type) {
        String constant = CONSTANTS.get(type);
        if (constant != null) {
            return CodeBlock.of("$T.$L", TYPES, constant);
        }
        Integer length = type.length();
        Integer precision = type.precision();
        Integer scale = type.scale();
        boolean onlyLength = length != null && precision == null && scale == null && type.name() == null && type.element() == null;
        boolean onlyPrecision = length == null && precision != null && scale == null && type.name() == null && type.element() == null;
        switch (type.kind()) {
            case VARCHAR -> {
                if (onlyLength) {
                    return CodeBlock.of("$T.varchar($L)", TYPES, length);
                }
            }
            case CHAR -> {
                if (onlyLength) {
                    return CodeBlock.of("$T.character($L)", TYPES, length);
                }
            }
            case BINARY -> {
                if (onlyLength) {
                    return CodeBlock.of("$T.binary($L)", TYPES, length);
                }
            }
            case NUMERIC -> {
                if (length == null && precision != null && scale != null && type.name() == null && type.element() == null) {
                    return CodeBlock.of("$T.numeric($L, $L)", TYPES, precision, scale);
                }
            }
            case TIMESTAMP -> {
                if (onlyPrecision) {
                    return CodeBlock.of("$T.timestamp($L)", TYPES, precision);
                }
            }
            case TIMESTAMPTZ -> {
                if (onlyPrecision) {
                    return CodeBlock.of("$T.timestamptz($L)", TYPES, precision);
                }
            }
            case ENUM -> {
                if (length == null && precision == null && scale == null && type.element() == null) {
                    return type.values().isEmpty() ? CodeBlock.of("$T.enumType($S)", TYPES, type.name())
                            : CodeBlock.of("$T.enumType($S, $L)", TYPES, type.name(),
                            type.values().stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
                }
            }
            case RAW -> {
                if (length == null && precision == null && scale == null && type.element() == null) {
                    return CodeBlock.of("$T.raw($S)", TYPES, type.name());
                }
            }
            case ARRAY -> {
                if (length == null && precision == null && scale == null && type.name() == null) {
                    return CodeBlock.of("$T.arrayOf($L)", TYPES, type(type.element()));
                }
            }
            default -> {
                // no factory: the constructor below
            }
        }
        return CodeBlock.of("new $T($T.$L, $L, $L, $L, $L, $L)", COLUMN_TYPE, TYPE_KIND, type.kind().name(), length,
                precision, scale, string(type.name()), type.element() == null ? "null" : type(type.element()));
    }

    /** {@code Column.column(name, type)} and one call for each thing that differs from a plain nullable column. */
    static CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.column($S, $L)", COLUMN, column.name(), type(column.type()));
        boolean identityImpliesNotNull = column.isIdentity() || column.isPrimaryKey();
        if (!column.nullable() && !identityImpliesNotNull) {
            code.add(".notNull()");
        }
        if (column.serverDefault() != null) {
            code.add(".serverDefault($S)", column.serverDefault());
        }
        if (column.isPrimaryKey()) {
            code.add(".primaryKey()");
        }
        if (column.isIdentity()) {
            code.add(".identity()");
        }
        if (column.nullable() && identityImpliesNotNull) {
            // primaryKey() and identity() make the column NOT NULL; this value says otherwise.
            code.add(".nullable(true)");
        }
        if (column.isUnique()) {
            code.add(".unique()");
        }
        if (column.references() != null) {
            code.add(".references($L)", reference(column.references()));
        }
        if (column.check() != null) {
            code.add(".check($S)", column.check());
        }
        if (column.generated() != null) {
            code.add(".generated($S)", column.generated());
        }
        if (column.comment() != null) {
            code.add(".comment($S)", column.comment());
        }
        return code.build();
    }

    private static CodeBlock reference(ColumnReference reference) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.to($S, $S)", ColumnReference.class, reference.table(),
                reference.column());
        if (reference.schema() != null) {
            code.add(".inSchema($S)", reference.schema());
        }
        if (reference.onDelete() != null) {
            code.add(".onDelete($L)", action(reference.onDelete()));
        }
        if (reference.onUpdate() != null) {
            code.add(".onUpdate($L)", action(reference.onUpdate()));
        }
        return code.build();
    }

    static CodeBlock element(TableElement element) {
        return element instanceof Column column ? column(column) : constraint((TableConstraint) element);
    }

    static CodeBlock constraint(TableConstraint constraint) {
        if (constraint instanceof PrimaryKey key) {
            return CodeBlock.of("new $T($S, $L)", PrimaryKey.class, key.name(), strings(key.columns()));
        }
        if (constraint instanceof UniqueConstraint key) {
            return CodeBlock.of("new $T($S, $L)", UniqueConstraint.class, key.name(), strings(key.columns()));
        }
        if (constraint instanceof CheckConstraint check) {
            return CodeBlock.of("new $T($S, $S)", CheckConstraint.class, check.name(), check.condition());
        }
        return foreignKey((ForeignKey) constraint);
    }

    /** {@code ForeignKey.of(columns, table, referenced)}, then its name, schema and actions. */
    static CodeBlock foreignKey(ForeignKey key) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($L, $S, $L)", ForeignKey.class, strings(key.columns()),
                key.referencedTable(), strings(key.referencedColumns()));
        if (key.name() != null) {
            code.add(".withName($S)", key.name());
        }
        if (key.referencedSchema() != null) {
            code.add(".referencedSchema($S)", key.referencedSchema());
        }
        if (key.onDelete() != null) {
            code.add(".onDelete($L)", action(key.onDelete()));
        }
        if (key.onUpdate() != null) {
            code.add(".onUpdate($L)", action(key.onUpdate()));
        }
        return code.build();
    }

    static CodeBlock action(ReferentialAction action) {
        return CodeBlock.of("$T.$L", ReferentialAction.class, action.name());
    }

    /**
     * {@code CreateIndex.of(name, table, "a", "b")} when every key is an ascending column, else with a list of
     * {@link IndexKey}s; then uniqueness, predicate, concurrency and schema.
     */
    static CodeBlock index(CreateIndex index) {
        CodeBlock.Builder code = CodeBlock.builder();
        boolean plainColumns = index.keys().stream().allMatch(k -> k.column() != null && !k.descending());
        if (plainColumns) {
            code.add("$T.of($S, $S", CreateIndex.class, index.name(), index.table());
            index.keys().forEach(k -> code.add(", $S", k.column()));
            code.add(")");
        } else {
            code.add("$T.of($S, $S, $T.of($L))", CreateIndex.class, index.name(), index.table(), LIST,
                    index.keys().stream().map(OperationValueCode::indexKey).collect(CodeBlock.joining(", ")));
        }
        if (index.isUnique()) {
            code.add(".unique()");
        }
        if (index.where() != null) {
            code.add(".where($S)", index.where());
        }
        if (index.isConcurrent()) {
            code.add(".concurrently()");
        }
        if (index.schema() != null) {
            code.add(".inSchema($S)", index.schema());
        }
        return code.build();
    }

    private static CodeBlock indexKey(IndexKey key) {
        CodeBlock base = key.column() != null ? CodeBlock.of("$T.column($S)", IndexKey.class, key.column())
                : CodeBlock.of("$T.expression($S)", IndexKey.class, key.expression());
        return key.descending() ? CodeBlock.of("$L.desc()", base) : base;
    }

    /** {@code AlterColumn.of(table, column)} and one call for each field set. */
    static CodeBlock alterColumn(AlterColumn alter) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S, $S)", AlterColumn.class, alter.table(), alter.column());
        if (alter.schema() != null) {
            code.add(".inSchema($S)", alter.schema());
        }
        if (alter.newName() != null) {
            code.add(".rename($S)", alter.newName());
        }
        if (alter.type() != null) {
            code.add(".type($L)", type(alter.type()));
        }
        if (alter.using() != null) {
            code.add(".using($S)", alter.using());
        }
        if (alter.nullable() != null) {
            code.add(".nullable($L)", alter.nullable());
        }
        if (alter.serverDefault() != null) {
            code.add(alter.serverDefault().isPresent() ? CodeBlock.of(".serverDefault($S)", alter.serverDefault().get())
                    : CodeBlock.of(".dropServerDefault()"));
        }
        if (alter.comment() != null) {
            code.add(".comment($S)", alter.comment().orElse(null));
        }
        if (alter.existingType() != null) {
            code.add(".existingType($L)", type(alter.existingType()));
        }
        if (alter.existingNullable() != null) {
            code.add(".existingNullable($L)", alter.existingNullable());
        }
        if (alter.existingServerDefault() != null) {
            code.add(".existingServerDefault($S)", alter.existingServerDefault().orElse(null));
        }
        if (alter.existingComment() != null) {
            code.add(".existingComment($S)", alter.existingComment().orElse(null));
        }
        return code.build();
    }

    static CodeBlock batchedUpdate(BatchedUpdate update) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S, $S)", BatchedUpdate.class, update.table(), update.set());
        if (update.where() != null) {
            code.add(".where($S)", update.where());
        }
        if (!update.key().equals("id")) {
            code.add(".key($S)", update.key());
        }
        if (update.batchSize() != BatchedUpdate.DEFAULT_BATCH_SIZE) {
            code.add(".batchSize($L)", update.batchSize());
        }
        if (update.commitsEachBatch()) {
            code.add(".commitEachBatch()");
        }
        if (update.schema() != null) {
            code.add(".inSchema($S)", update.schema());
        }
        return code.build();
    }

    /** {@code new CreateTable(...)}, for the rare value the op API cannot build (a dropped table's comment). */
    static CodeBlock createTable(CreateTable table) {
        return CodeBlock.of("new $T($L, $S, $T.of($L), $T.of($L), $L)", CreateTable.class, string(table.schema()),
                table.name(), LIST, table.columns().stream().map(OperationValueCode::column).collect(CodeBlock.joining(", ")),
                LIST, table.constraints().stream().map(OperationValueCode::constraint).collect(CodeBlock.joining(", ")),
                string(table.comment()));
    }

    static CodeBlock strings(List<String> values) {
        return CodeBlock.of("$T.of($L)", LIST, values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", ")));
    }

    /** A string literal, or {@code null}. */
    static CodeBlock string(String value) {
        return value == null ? CodeBlock.of("null") : CodeBlock.of("$S", value);
    }

    static CodeBlock optionalString(Optional<String> value) {
        return value.isPresent() ? CodeBlock.of("$T.of($S)", Optional.class, value.get()) : CodeBlock.of("$T.empty()", Optional.class);
    }

    static CodeBlock longLiteral(Long value) {
        return value == null ? CodeBlock.of("null") : CodeBlock.of("$LL", value);
    }

    /**
     * A parameter or row value as a Java literal of the same type.
     *
     * @throws IllegalArgumentException for a type that has no literal, naming it
     */
    static CodeBlock literal(Object value) {
        if (value == null) {
            return CodeBlock.of("null");
        }
        if (value instanceof String s) {
            return CodeBlock.of("$S", s);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return CodeBlock.of("$L", value);
        }
        if (value instanceof Long l) {
            return CodeBlock.of("$LL", l);
        }
        if (value instanceof Short s) {
            return CodeBlock.of("(short) $L", s);
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return CodeBlock.of("$LD", d);
        }
        if (value instanceof Float f && Float.isFinite(f)) {
            return CodeBlock.of("$LF", f);
        }
        if (value instanceof BigDecimal d) {
            return CodeBlock.of("new $T($S)", BigDecimal.class, d.toString());
        }
        if (value instanceof BigInteger i) {
            return CodeBlock.of("new $T($S)", BigInteger.class, i.toString());
        }
        throw new IllegalArgumentException("A value of type " + value.getClass().getName() + " (" + value
                + ") has no Java literal here: pass SQL parameters as strings, numbers or booleans.");
    }
}
