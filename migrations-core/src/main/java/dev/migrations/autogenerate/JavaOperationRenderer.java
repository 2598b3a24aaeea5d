package dev.migrations.autogenerate;

import com.palantir.javapoet.CodeBlock;
import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.AutocommitBlock;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.BulkInsert;
import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.Column;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateSchema;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.DropSchema;
import dev.migrations.ops.DropSequence;
import dev.migrations.ops.DropTable;
import dev.migrations.ops.Execute;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.Operation;
import dev.migrations.ops.OperationVisitor;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.RenameTable;
import dev.migrations.ops.SetTableComment;
import dev.migrations.ops.TableConstraint;
import dev.migrations.ops.UniqueConstraint;
import dev.migrations.schema.NameKey;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.migrations.autogenerate.OperationValueCode.ARRAYS;
import static dev.migrations.autogenerate.OperationValueCode.LIST;
import static dev.migrations.autogenerate.OperationValueCode.longLiteral;
import static dev.migrations.autogenerate.OperationValueCode.string;
import static dev.migrations.autogenerate.OperationValueCode.strings;

/**
 * Renders each operation value as the {@code op} call a developer would write for it, so that running the
 * rendered statement records an equal value:
 * <pre>{@code
 * op.createTable("users",
 *         Column.column("id", Types.BIGINT).identity(),
 *         Column.column("email", Types.varchar(255)).notNull(),
 *         new PrimaryKey("pk_users", List.of("id")));
 * op.alterColumn(AlterColumn.of("users", "age").type(Types.BIGINT).existingType(Types.INTEGER));
 * op.dropColumn("users", Column.column("phone", Types.varchar(20)));
 * }</pre>
 * Drops carry the definition they remove, so that the downgrade can be derived. Where the {@code op} API has
 * no method that builds the exact value (a dropped table with a comment, a column with inline constraints
 * added to a table, a sequence with only one of start and increment), the value is built and handed to
 * {@code op.run(...)}.
 *
 * <p>Warnings given with {@link #JavaOperationRenderer(Map)} are printed above their operation as loud
 * comments: {@code // WARNING (data loss): Drops column users.phone and its data.}
 */
public final class JavaOperationRenderer implements OperationRenderer {

    private static final int COMMENT_WIDTH = 100;

    private final Map<Operation, List<ComparisonWarning>> warnings;

    /** A renderer without warning comments. */
    public JavaOperationRenderer() {
        this(Map.of());
    }

    /**
     * A renderer that prints each operation's warnings above it. Operations are looked up by identity, so the
     * map's keys must be the very values rendered (those of a {@link MigrationClass} built from them).
     */
    public JavaOperationRenderer(Map<Operation, List<ComparisonWarning>> warnings) {
        this.warnings = new IdentityHashMap<>();
        warnings.forEach((operation, list) -> this.warnings.put(operation, List.copyOf(list)));
    }

    @Override
    public CodeBlock render(Operation operation) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (ComparisonWarning warning : warnings.getOrDefault(operation, List.of())) {
            comment(code, "WARNING (" + label(warning.kind()) + "): " + warning.message());
        }
        return code.add(operation.accept(new Statement(MigrationSourceRenderer.OP, 1))).build();
    }

    /** One {@code //} comment, wrapped at word boundaries; continuation lines are indented. */
    static void comment(CodeBlock.Builder code, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > COMMENT_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                line.append("  ");
            }
            if (line.length() > 0 && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        lines.forEach(l -> code.add("// $L\n", l));
    }

    private static String label(ComparisonWarning.Kind kind) {
        return switch (kind) {
            case DATA_LOSS -> "data loss";
            case POSSIBLE_RENAME -> "possible rename";
            case NOT_NULL_ON_EXISTING_ROWS -> "NOT NULL on existing rows";
            case TABLE_REWRITE -> "table rewrite";
            case BLOCKING_INDEX_BUILD -> "blocking index build";
            case NOT_GENERATED -> "not generated";
            case IGNORED_RENAME -> "ignored rename";
            case NOT_COMPARED -> "not compared";
            case NOT_SUPPORTED -> "not supported";
            case LARGE_OBJECTS -> "large objects";
        };
    }

    /** The statement for one operation, called on {@code receiver} ({@code op}, or a block's parameter). */
    private static final class Statement implements OperationVisitor<CodeBlock> {

        private final String receiver;
        private final int depth;

        Statement(String receiver, int depth) {
            this.receiver = receiver;
            this.depth = depth;
        }

        /** The receiver, switched to the operation's schema when it names one. */
        private CodeBlock on(String schema) {
            return schema == null ? CodeBlock.of("$L", receiver) : CodeBlock.of("$L.inSchema($S)", receiver, schema);
        }

        private CodeBlock call(String schema, String method, CodeBlock arguments) {
            return CodeBlock.of("$L.$L($L);\n", on(schema), method, arguments);
        }

        private CodeBlock call(String schema, String method, String format, Object... args) {
            return call(schema, method, CodeBlock.of(format, args));
        }

        /** The last resort: the value itself, handed to {@code op.run}. */
        private CodeBlock run(CodeBlock value) {
            return CodeBlock.of("$L.run($L);\n", receiver, value);
        }

        @Override
        public CodeBlock createSchema(CreateSchema op) {
            return call(null, "createSchema", "$S", op.name());
        }

        @Override
        public CodeBlock dropSchema(DropSchema op) {
            return call(null, "dropSchema", "$S", op.name());
        }

        @Override
        public CodeBlock createTable(CreateTable op) {
            if (!op.columns().stream().allMatch(JavaOperationRenderer::isPlain)) {
                return run(OperationValueCode.createTable(op));
            }
            CodeBlock.Builder code = CodeBlock.builder().add("$L.createTable($S", on(op.schema()), op.name());
            if (op.comment() != null) {
                code.add(", $S", op.comment());
            }
            elements(code, op.columns(), op.constraints());
            return code.add(");\n").build();
        }

        private static void elements(CodeBlock.Builder code, List<Column> columns, List<TableConstraint> constraints) {
            code.add("$>$>");
            columns.forEach(column -> code.add(",\n$L", OperationValueCode.column(column)));
            constraints.forEach(constraint -> code.add(",\n$L", OperationValueCode.constraint(constraint)));
            code.add("$<$<");
        }

        @Override
        public CodeBlock dropTable(DropTable op) {
            CreateTable definition = op.definition();
            if (definition == null) {
                return call(op.schema(), "dropTable", "$S", op.name());
            }
            boolean expressible = definition.comment() == null && Objects.equals(definition.schema(), op.schema())
                    && definition.name().equals(op.name()) && definition.columns().stream().allMatch(JavaOperationRenderer::isPlain);
            if (!expressible) {
                return run(CodeBlock.of("new $T($L, $S, $L)", DropTable.class, string(op.schema()), op.name(),
                        OperationValueCode.createTable(definition)));
            }
            CodeBlock.Builder code = CodeBlock.builder().add("$L.dropTable($S", on(op.schema()), op.name());
            elements(code, definition.columns(), definition.constraints());
            return code.add(");\n").build();
        }

        @Override
        public CodeBlock renameTable(RenameTable op) {
            return call(op.schema(), "renameTable", "$S, $S", op.name(), op.newName());
        }

        @Override
        public CodeBlock addColumn(AddColumn op) {
            if (!isPlain(op.column())) {
                return run(CodeBlock.of("new $T($L, $S, $L)", AddColumn.class, string(op.schema()), op.table(),
                        OperationValueCode.column(op.column())));
            }
            return call(op.schema(), "addColumn", "$S, $L", op.table(), OperationValueCode.column(op.column()));
        }

        @Override
        public CodeBlock dropColumn(DropColumn op) {
            Column definition = op.definition();
            if (definition == null) {
                return call(op.schema(), "dropColumn", "$S, $S", op.table(), op.name());
            }
            if (!definition.name().equals(op.name()) || !isPlain(definition)) {
                return run(CodeBlock.of("new $T($L, $S, $S, $L)", DropColumn.class, string(op.schema()), op.table(),
                        op.name(), OperationValueCode.column(definition)));
            }
            return call(op.schema(), "dropColumn", "$S, $L", op.table(), OperationValueCode.column(definition));
        }

        @Override
        public CodeBlock alterColumn(AlterColumn op) {
            return call(null, "alterColumn", OperationValueCode.alterColumn(op));
        }

        @Override
        public CodeBlock createIndex(CreateIndex op) {
            boolean simple = op.schema() == null && !op.isUnique() && op.where() == null && !op.isConcurrent()
                    && op.keys().stream().allMatch(k -> k.column() != null && !k.descending());
            if (simple) {
                CodeBlock.Builder arguments = CodeBlock.builder().add("$S, $S", op.name(), op.table());
                op.keys().forEach(k -> arguments.add(", $S", k.column()));
                return call(null, "createIndex", arguments.build());
            }
            return call(null, "createIndex", OperationValueCode.index(op));
        }

        @Override
        public CodeBlock dropIndex(DropIndex op) {
            CreateIndex definition = op.definition();
            if (definition == null && !op.concurrently() && op.table() != null) {
                return call(op.schema(), "dropIndex", "$S, $S", op.name(), op.table());
            }
            if (definition != null && Objects.equals(definition.schema(), op.schema())
                    && NameKey.same(definition.table(), op.table()) && NameKey.same(definition.name(), op.name())
                    && definition.isConcurrent() == op.concurrently()) {
                return call(null, "dropIndex", OperationValueCode.index(definition));
            }
            return run(CodeBlock.of("new $T($L, $L, $S, $L, $L)", DropIndex.class, string(op.schema()), string(op.table()),
                    op.name(), op.concurrently(), definition == null ? "null" : OperationValueCode.index(definition)));
        }

        @Override
        public CodeBlock addConstraint(AddConstraint op) {
            TableConstraint constraint = op.constraint();
            if (constraint instanceof PrimaryKey key) {
                return call(op.schema(), "createPrimaryKey", "$S, $S, $L", key.name(), op.table(), varargs(key.columns()));
            }
            if (constraint instanceof UniqueConstraint key) {
                return call(op.schema(), "createUniqueConstraint", "$S, $S, $L", key.name(), op.table(), varargs(key.columns()));
            }
            if (constraint instanceof CheckConstraint check) {
                return call(op.schema(), "createCheckConstraint", "$S, $S, $S", check.name(), op.table(), check.condition());
            }
            return call(op.schema(), "createForeignKey", "$S, $L", op.table(), OperationValueCode.foreignKey((ForeignKey) constraint));
        }

        @Override
        public CodeBlock dropConstraint(DropConstraint op) {
            TableConstraint definition = op.definition();
            if (definition == null) {
                return call(op.schema(), "dropConstraint", "$S, $S", op.name(), op.table());
            }
            if (!op.name().equals(definition.name())) {
                return run(CodeBlock.of("new $T($L, $S, $S, $L)", DropConstraint.class, string(op.schema()), op.table(),
                        op.name(), OperationValueCode.constraint(definition)));
            }
            return call(op.schema(), "dropConstraint", "$S, $L", op.table(), OperationValueCode.constraint(definition));
        }

        @Override
        public CodeBlock createEnumType(CreateEnumType op) {
            if (op.textCasts()) {
                return call(op.schema(), "createEnumType", "$L", withTextCasts(op));
            }
            return call(op.schema(), "createEnumType", "$S, $L", op.name(), varargs(op.values()));
        }

        private static CodeBlock withTextCasts(CreateEnumType op) {
            return CodeBlock.of("$T.of($S, $L).withTextCasts()", CreateEnumType.class, op.name(), varargs(op.values()));
        }

        @Override
        public CodeBlock dropEnumType(DropEnumType op) {
            CreateEnumType definition = op.definition();
            if (definition == null) {
                return call(op.schema(), "dropEnumType", "$S", op.name());
            }
            if (!definition.name().equals(op.name()) || !Objects.equals(definition.schema(), op.schema())) {
                return run(CodeBlock.of("new $T($L, $S, new $T($L, $S, $L, $L))", DropEnumType.class,
                        string(op.schema()), op.name(), CreateEnumType.class, string(definition.schema()),
                        definition.name(), strings(definition.values()), definition.textCasts()));
            }
            if (definition.textCasts()) {
                return call(op.schema(), "dropEnumType", "$L", withTextCasts(definition));
            }
            return call(op.schema(), "dropEnumType", "$S, $L", op.name(), varargs(definition.values()));
        }

        @Override
        public CodeBlock addEnumValue(AddEnumValue op) {
            if (op.after() != null) {
                return call(op.schema(), "addEnumValueAfter", "$S, $S, $S", op.type(), op.value(), op.after());
            }
            if (op.before() != null) {
                return call(op.schema(), "addEnumValueBefore", "$S, $S, $S", op.type(), op.value(), op.before());
            }
            return call(op.schema(), "addEnumValue", "$S, $S", op.type(), op.value());
        }

        @Override
        public CodeBlock createSequence(CreateSequence op) {
            if (op.start() == null && op.increment() == null) {
                return call(op.schema(), "createSequence", "$S", op.name());
            }
            if (op.start() != null && op.increment() != null) {
                return call(op.schema(), "createSequence", "$S, $L, $L", op.name(), longLiteral(op.start()),
                        longLiteral(op.increment()));
            }
            return run(sequence(op));
        }

        private static CodeBlock sequence(CreateSequence op) {
            return CodeBlock.of("new $T($L, $S, $L, $L)", CreateSequence.class, string(op.schema()), op.name(),
                    longLiteral(op.start()), longLiteral(op.increment()));
        }

        @Override
        public CodeBlock alterSequence(AlterSequence op) {
            if (op.existingIncrement() == null) {
                return call(op.schema(), "alterSequence", "$S, $L", op.name(), longLiteral(op.increment()));
            }
            return call(op.schema(), "alterSequence", "$S, $L, $L", op.name(), longLiteral(op.increment()),
                    longLiteral(op.existingIncrement()));
        }

        @Override
        public CodeBlock dropSequence(DropSequence op) {
            CreateSequence definition = op.definition();
            if (definition == null) {
                return call(op.schema(), "dropSequence", "$S", op.name());
            }
            if (definition.start() != null && definition.increment() != null && definition.name().equals(op.name())
                    && Objects.equals(definition.schema(), op.schema())) {
                return call(op.schema(), "dropSequence", "$S, $L, $L", op.name(), longLiteral(definition.start()),
                        longLiteral(definition.increment()));
            }
            return run(CodeBlock.of("new $T($L, $S, $L)", DropSequence.class, string(op.schema()), op.name(),
                    sequence(definition)));
        }

        @Override
        public CodeBlock setTableComment(SetTableComment op) {
            if (op.existingComment() == null) {
                return call(op.schema(), "setTableComment", "$S, $L", op.table(), string(op.comment()));
            }
            return call(op.schema(), "setTableComment", "$S, $L, $L", op.table(), string(op.comment()),
                    string(op.existingComment().orElse(null)));
        }

        @Override
        public CodeBlock execute(Execute op) {
            CodeBlock.Builder arguments = CodeBlock.builder().add("$S", op.sql());
            for (Object parameter : op.params()) {
                arguments.add(", $L", parameter == null ? CodeBlock.of("(Object) null") : OperationValueCode.literal(parameter));
            }
            return call(null, "execute", arguments.build());
        }

        @Override
        public CodeBlock bulkInsert(BulkInsert op) {
            CodeBlock rows = op.rows().stream()
                    .map(row -> CodeBlock.of("$T.asList($L)", ARRAYS,
                            row.stream().map(OperationValueCode::literal).collect(CodeBlock.joining(", "))))
                    .collect(CodeBlock.joining(",\n"));
            return run(CodeBlock.of("new $T($L, $S, $L, $T.of(\n$>$>$L$<$<))", BulkInsert.class, string(op.schema()),
                    op.table(), strings(op.columns()), LIST, rows));
        }

        @Override
        public CodeBlock batchedUpdate(BatchedUpdate op) {
            return call(null, "batchedUpdate", OperationValueCode.batchedUpdate(op));
        }

        @Override
        public CodeBlock autocommitBlock(AutocommitBlock op) {
            String parameter = depth == 1 ? "block" : "block" + depth;
            Statement inner = new Statement(parameter, depth + 1);
            CodeBlock.Builder code = CodeBlock.builder().add("$L.autocommit($L -> {\n$>", receiver, parameter);
            op.operations().forEach(operation -> code.add(operation.accept(inner)));
            return code.add("$<});\n").build();
        }

        private static CodeBlock varargs(List<String> values) {
            return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
        }
    }

    /** A column the op API passes through as it is: no inline key, reference or check. */
    private static boolean isPlain(Column column) {
        return !column.isPrimaryKey() && !column.isUnique() && column.references() == null && column.check() == null;
    }
}
