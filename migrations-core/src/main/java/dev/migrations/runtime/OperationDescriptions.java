package dev.migrations.runtime;

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
import dev.migrations.ops.ColumnReference;
import dev.migrations.ops.ColumnType;
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
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.Operation;
import dev.migrations.ops.OperationVisitor;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.ReferentialAction;
import dev.migrations.ops.RenameTable;
import dev.migrations.ops.SetTableComment;
import dev.migrations.ops.TableConstraint;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.UniqueConstraint;
import dev.migrations.runtime.ChecksumNode.Token;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Each operation written out as a {@link ChecksumNode}, attribute by attribute. This is the one place that says
 * what a checksum covers: a new operation or attribute is added here, under a name of its own, never by walking
 * the Java records.
 */
final class OperationDescriptions implements OperationVisitor<ChecksumNode> {

    static final OperationDescriptions INSTANCE = new OperationDescriptions();

    private OperationDescriptions() {
    }

    static ChecksumNode describe(Operation operation) {
        return operation.accept(INSTANCE);
    }

    @Override
    public ChecksumNode createSchema(CreateSchema op) {
        return ChecksumNode.of("create_schema", "CreateSchema").current("name", op.name()).build();
    }

    @Override
    public ChecksumNode dropSchema(DropSchema op) {
        return ChecksumNode.of("drop_schema", "DropSchema").current("name", op.name()).build();
    }

    @Override
    public ChecksumNode createTable(CreateTable op) {
        return ChecksumNode.of("create_table", "CreateTable")
                .with("schema", "schema", op.schema())
                .with("name", "name", op.name())
                .with("columns", "columns", each(op.columns(), OperationDescriptions::column))
                .with("constraints", "constraints", each(op.constraints(), OperationDescriptions::constraint))
                .with("comment", "comment", op.comment())
                .build();
    }

    @Override
    public ChecksumNode dropTable(DropTable op) {
        return ChecksumNode.of("drop_table", "DropTable")
                .with("schema", "schema", op.schema())
                .with("name", "name", op.name())
                .with("definition", "definition", op.definition() == null ? null : createTable(op.definition()))
                .build();
    }

    @Override
    public ChecksumNode renameTable(RenameTable op) {
        return ChecksumNode.of("rename_table", "RenameTable")
                .with("schema", "schema", op.schema())
                .with("name", "name", op.name())
                .with("new_name", "newName", op.newName())
                .build();
    }

    @Override
    public ChecksumNode addColumn(AddColumn op) {
        return ChecksumNode.of("add_column", "AddColumn")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("column", "column", column(op.column()))
                .build();
    }

    @Override
    public ChecksumNode dropColumn(DropColumn op) {
        return ChecksumNode.of("drop_column", "DropColumn")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("name", "name", op.name())
                .with("definition", "definition", op.definition() == null ? null : column(op.definition()))
                .build();
    }

    @Override
    public ChecksumNode alterColumn(AlterColumn op) {
        return ChecksumNode.of("alter_column", "AlterColumn")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("column", "column", op.column())
                .with("type", "type", type(op.type()))
                .with("using", "using", op.using())
                .with("nullable", "nullable", op.nullable())
                .with("server_default", "serverDefault", op.serverDefault())
                .with("new_name", "newName", op.newName())
                .with("comment", "comment", op.comment())
                .with("existing_type", "existingType", type(op.existingType()))
                .with("existing_nullable", "existingNullable", op.existingNullable())
                .with("existing_server_default", "existingServerDefault", op.existingServerDefault())
                .with("existing_comment", "existingComment", op.existingComment())
                .build();
    }

    @Override
    public ChecksumNode createIndex(CreateIndex op) {
        return ChecksumNode.of("create_index", "CreateIndex")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("name", "name", op.name())
                .with("keys", "keys", each(op.keys(), OperationDescriptions::indexKey))
                .flag("unique", "isUnique", op.isUnique())
                .with("where", "where", op.where())
                .flag("concurrently", "isConcurrent", op.isConcurrent())
                .build();
    }

    @Override
    public ChecksumNode dropIndex(DropIndex op) {
        return ChecksumNode.of("drop_index", "DropIndex")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("name", "name", op.name())
                .flag("concurrently", "concurrently", op.concurrently())
                .with("definition", "definition", op.definition() == null ? null : createIndex(op.definition()))
                .build();
    }

    @Override
    public ChecksumNode addConstraint(AddConstraint op) {
        return ChecksumNode.of("add_constraint", "AddConstraint")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("constraint", "constraint", constraint(op.constraint()))
                .build();
    }

    @Override
    public ChecksumNode dropConstraint(DropConstraint op) {
        return ChecksumNode.of("drop_constraint", "DropConstraint")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("name", "name", op.name())
                .with("definition", "definition", op.definition() == null ? null : constraint(op.definition()))
                .build();
    }

    @Override
    public ChecksumNode createEnumType(CreateEnumType op) {
        return ChecksumNode.of("create_enum_type", "CreateEnumType")
                .with("schema", "schema", op.schema())
                .with("name", "name", op.name())
                .with("values", "values", op.values())
                .current("text_casts", op.textCasts() ? Boolean.TRUE : null)
                .build();
    }

    @Override
    public ChecksumNode dropEnumType(DropEnumType op) {
        return ChecksumNode.of("drop_enum_type", "DropEnumType")
                .with("schema", "schema", op.schema())
                .with("name", "name", op.name())
                .with("definition", "definition", op.definition() == null ? null : createEnumType(op.definition()))
                .build();
    }

    @Override
    public ChecksumNode addEnumValue(AddEnumValue op) {
        return ChecksumNode.of("add_enum_value", "AddEnumValue")
                .with("schema", "schema", op.schema())
                .with("type", "type", op.type())
                .with("value", "value", op.value())
                .with("before", "before", op.before())
                .with("after", "after", op.after())
                .build();
    }

    @Override
    public ChecksumNode createSequence(CreateSequence op) {
        return ChecksumNode.of("create_sequence", "CreateSequence")
                .with("schema", "schema", op.schema())
                .with("name", "name", op.name())
                .with("start", "start", op.start())
                .with("increment", "increment", op.increment())
                .build();
    }

    @Override
    public ChecksumNode alterSequence(AlterSequence op) {
        return ChecksumNode.of("alter_sequence", "AlterSequence")
                .with("schema", "schema", op.schema())
                .with("name", "name", op.name())
                .with("increment", "increment", op.increment())
                .with("existing_increment", "existingIncrement", op.existingIncrement())
                .build();
    }

    @Override
    public ChecksumNode dropSequence(DropSequence op) {
        return ChecksumNode.of("drop_sequence", "DropSequence")
                .with("schema", "schema", op.schema())
                .with("name", "name", op.name())
                .with("definition", "definition", op.definition() == null ? null : createSequence(op.definition()))
                .build();
    }

    @Override
    public ChecksumNode setTableComment(SetTableComment op) {
        return ChecksumNode.of("set_table_comment", "SetTableComment")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("comment", "comment", op.comment())
                .with("existing_comment", "existingComment", op.existingComment())
                .build();
    }

    @Override
    public ChecksumNode execute(Execute op) {
        return ChecksumNode.of("execute", "Execute")
                .with("sql", "sql", op.sql())
                .with("params", "params", op.params())
                .build();
    }

    /**
     * The current form reads each row by column name, so neither the order of the columns nor that of a map's keys
     * counts; the first form followed the order of the operation's columns.
     */
    @Override
    public ChecksumNode bulkInsert(BulkInsert op) {
        return ChecksumNode.of("bulk_insert", "BulkInsert")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .first("columns", op.columns())
                .first("rows", op.rows())
                .current("rows", op.rows().stream().map(row -> byColumn(op.columns(), row)).toList())
                .build();
    }

    @Override
    public ChecksumNode batchedUpdate(BatchedUpdate op) {
        return ChecksumNode.of("batched_update", "BatchedUpdate")
                .with("schema", "schema", op.schema())
                .with("table", "table", op.table())
                .with("set", "set", op.set())
                .with("where", "where", op.where())
                .with("key", "key", op.key())
                .with("batch_size", "batchSize", op.batchSize())
                .flag("commit_each_batch", "commitsEachBatch", op.commitsEachBatch())
                .build();
    }

    @Override
    public ChecksumNode autocommitBlock(AutocommitBlock op) {
        return ChecksumNode.of("autocommit", "AutocommitBlock")
                .with("operations", "operations", each(op.operations(), OperationDescriptions::describe))
                .build();
    }

    // --- the parts of operations ------------------------------------------------------------------

    private static ChecksumNode column(Column column) {
        return ChecksumNode.of("column", "Column")
                .with("name", "name", column.name())
                .with("type", "type", type(column.type()))
                .with("not_null", column.nullable() ? null : Boolean.TRUE, "nullable", column.nullable())
                .with("server_default", "serverDefault", column.serverDefault())
                .flag("primary_key", "isPrimaryKey", column.isPrimaryKey())
                .flag("identity", "isIdentity", column.isIdentity())
                .flag("unique", "isUnique", column.isUnique())
                .with("references", "references", column.references() == null ? null : reference(column.references()))
                .with("check", "check", column.check())
                .with("comment", "comment", column.comment())
                .current("generated", column.generated())
                .build();
    }

    private static ChecksumNode type(ColumnType type) {
        if (type == null) {
            return null;
        }
        return ChecksumNode.of("type", "ColumnType")
                .with("kind", kind(type.kind()), "kind", type.kind())
                .with("length", "length", type.length())
                .with("precision", "precision", type.precision())
                .with("scale", "scale", type.scale())
                .with("name", "name", type.name())
                .with("element", "element", type(type.element()))
                .current("values", type.values().isEmpty() ? null : type.values())
                .build();
    }

    private static ChecksumNode reference(ColumnReference reference) {
        return ChecksumNode.of("references", "ColumnReference")
                .with("schema", "schema", reference.schema())
                .with("table", "table", reference.table())
                .with("column", "column", reference.column())
                .with("on_delete", action(reference.onDelete()), "onDelete", reference.onDelete())
                .with("on_update", action(reference.onUpdate()), "onUpdate", reference.onUpdate())
                .build();
    }

    private static ChecksumNode constraint(TableConstraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return ChecksumNode.of("primary_key", "PrimaryKey")
                    .with("name", "name", pk.name())
                    .with("columns", "columns", pk.columns())
                    .build();
        }
        if (constraint instanceof UniqueConstraint unique) {
            return ChecksumNode.of("unique", "UniqueConstraint")
                    .with("name", "name", unique.name())
                    .with("columns", "columns", unique.columns())
                    .build();
        }
        if (constraint instanceof ForeignKey fk) {
            return ChecksumNode.of("foreign_key", "ForeignKey")
                    .with("name", "name", fk.name())
                    .with("columns", "columns", fk.columns())
                    .with("referenced_schema", "referencedSchema", fk.referencedSchema())
                    .with("referenced_table", "referencedTable", fk.referencedTable())
                    .with("referenced_columns", "referencedColumns", fk.referencedColumns())
                    .with("on_delete", action(fk.onDelete()), "onDelete", fk.onDelete())
                    .with("on_update", action(fk.onUpdate()), "onUpdate", fk.onUpdate())
                    .build();
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return ChecksumNode.of("check", "CheckConstraint")
                .with("name", "name", check.name())
                .with("condition", "condition", check.condition())
                .build();
    }

    private static ChecksumNode indexKey(IndexKey key) {
        return ChecksumNode.of("key", "IndexKey")
                .with("column", "column", key.column())
                .with("expression", "expression", key.expression())
                .flag("descending", "descending", key.descending())
                .build();
    }

    private static Token action(ReferentialAction action) {
        return action == null ? null : new Token(action.sql().toLowerCase(Locale.ROOT).replace(' ', '_'));
    }

    private static Map<String, Object> byColumn(List<String> columns, List<Object> row) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), row.get(i));
        }
        return values;
    }

    private static <T> List<ChecksumNode> each(List<T> values, Function<T, ChecksumNode> describe) {
        return values.stream().map(describe).toList();
    }

    /** Written out rather than derived from the constants' Java names, which may change; the switch must be whole. */
    private static Token kind(TypeKind kind) {
        return new Token(switch (kind) {
            case SMALLINT -> "smallint";
            case INTEGER -> "integer";
            case BIGINT -> "bigint";
            case NUMERIC -> "numeric";
            case REAL -> "real";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            case CHAR -> "char";
            case VARCHAR -> "varchar";
            case TEXT -> "text";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMPTZ -> "timestamptz";
            case INTERVAL -> "interval";
            case UUID -> "uuid";
            case BINARY -> "binary";
            case JSON -> "json";
            case JSONB -> "jsonb";
            case ARRAY -> "array";
            case ENUM -> "enum";
            case RAW -> "raw";
        });
    }
}
