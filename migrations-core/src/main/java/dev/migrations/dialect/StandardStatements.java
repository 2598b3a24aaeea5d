package dev.migrations.dialect;

import dev.migrations.ops.AddColumn;
import dev.migrations.ops.AddConstraint;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.AutocommitBlock;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.BulkInsert;
import dev.migrations.ops.CheckConstraint;
import dev.migrations.ops.Column;
import dev.migrations.ops.ColumnReference;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateSchema;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.CreateTable;
import dev.migrations.ops.DropColumn;
import dev.migrations.ops.DropConstraint;
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
import dev.migrations.ops.UniqueConstraint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The statements of each operation in the SQL that PostgreSQL and H2 share. Subclasses override the
 * operations one database spells differently (type changes, indexes, enum types).
 *
 * <p>A name that is not schema-qualified in an operation of a schema (a referenced table, an enum type) is
 * taken to be in that schema, as {@link dev.migrations.ops.Operations#inSchema} means "tables of that schema".
 */
abstract class StandardStatements implements OperationVisitor<List<SqlStatement>> {

    protected final StandardDialect dialect;

    StandardStatements(StandardDialect dialect) {
        this.dialect = dialect;
    }

    // --- tables ---------------------------------------------------------------------------------

    @Override
    public List<SqlStatement> createSchema(CreateSchema op) {
        return plain("CREATE SCHEMA " + dialect.quote(op.name()));
    }

    /** Never CASCADE: that would silently drop every table of the schema. */
    @Override
    public List<SqlStatement> dropSchema(DropSchema op) {
        return plain("DROP SCHEMA " + dialect.quote(op.name()) + " RESTRICT");
    }

    @Override
    public List<SqlStatement> createTable(CreateTable op) {
        List<String> elements = new ArrayList<>();
        op.columns().forEach(column -> elements.add(columnDefinition(op.schema(), column)));
        op.constraints().forEach(constraint -> elements.add(constraintDefinition(op.schema(), constraint)));
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE " + table(op.schema(), op.name()) + " (\n    " + String.join(",\n    ", elements) + "\n)");
        if (op.comment() != null) {
            sql.add(tableComment(op.schema(), op.name(), op.comment()));
        }
        for (Column column : op.columns()) {
            if (column.comment() != null && !commentsInline()) {
                sql.add(columnComment(op.schema(), op.name(), column.name(), column.comment()));
            }
        }
        return plain(sql);
    }

    @Override
    public List<SqlStatement> dropTable(DropTable op) {
        return plain("DROP TABLE " + table(op.schema(), op.name()));
    }

    @Override
    public List<SqlStatement> renameTable(RenameTable op) {
        // The new name takes no schema: a rename never moves a table.
        return plain(alterTable(op.schema(), op.name()) + " RENAME TO " + dialect.quote(op.newName()));
    }

    @Override
    public List<SqlStatement> setTableComment(SetTableComment op) {
        return plain(tableComment(op.schema(), op.table(), op.comment()));
    }

    // --- columns --------------------------------------------------------------------------------

    @Override
    public List<SqlStatement> addColumn(AddColumn op) {
        Column column = op.column();
        List<String> sql = new ArrayList<>();
        sql.add(alterTable(op.schema(), op.table()) + " ADD COLUMN " + columnDefinition(op.schema(), column));
        if (column.comment() != null && !commentsInline()) {
            sql.add(columnComment(op.schema(), op.table(), column.name(), column.comment()));
        }
        return plain(sql);
    }

    @Override
    public List<SqlStatement> dropColumn(DropColumn op) {
        return plain(alterTable(op.schema(), op.table()) + " DROP COLUMN " + dialect.quote(op.name()));
    }

    /**
     * One statement per change, all naming the column by its old name; the rename comes last. When both
     * the type and the default change, the old default is dropped first: it may not convert to the new
     * type (a VARCHAR default on a column becoming an enum), and it is replaced anyway.
     */
    @Override
    public List<SqlStatement> alterColumn(AlterColumn op) {
        String alterColumn = alterTable(op.schema(), op.table()) + " ALTER COLUMN " + dialect.quote(op.column());
        boolean defaultChanges = op.serverDefault() != null;
        List<String> sql = new ArrayList<>();
        if (op.type() != null) {
            if (defaultChanges) {
                sql.add(alterColumn + " DROP DEFAULT");
            }
            sql.add(alterColumn + " " + changeType(op));
        }
        if (op.nullable() != null) {
            sql.add(alterColumn + (op.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (defaultChanges) {
            if (op.serverDefault().isPresent()) {
                sql.add(alterColumn + " SET DEFAULT " + op.serverDefault().get());
            } else if (op.type() == null) {
                sql.add(alterColumn + " DROP DEFAULT");
            }
        }
        if (op.comment() != null) {
            sql.add(columnComment(op.schema(), op.table(), op.column(), op.comment().orElse(null)));
        }
        if (op.newName() != null) {
            sql.add(alterTable(op.schema(), op.table()) + " RENAME COLUMN " + dialect.quote(op.column()) + " TO "
                    + dialect.quote(op.newName()));
        }
        return plain(sql);
    }

    /**
     * A type change with a USING conversion, where the database converts only by itself: a new column filled
     * from the expression replaces the old one. The old column's NOT NULL and default are carried over when the
     * operation states them, and so is its comment; the databases refuse to drop a column that an index or constraint still uses, so
     * nothing else is lost silently.
     */
    List<SqlStatement> rebuildColumn(AlterColumn op) {
        String table = dialect.qualify(op.schema(), op.table());
        String column = dialect.quote(op.column());
        String rebuilt = dialect.quote(op.column() + "__using");
        List<SqlStatement> sql = new ArrayList<>(plain(List.of(
                "ALTER TABLE " + table + " ADD COLUMN " + rebuilt + " " + dialect.typeName(op.type(), op.schema()),
                "UPDATE " + table + " SET " + rebuilt + " = (" + op.using() + ")",
                "ALTER TABLE " + table + " DROP COLUMN " + column,
                "ALTER TABLE " + table + " RENAME COLUMN " + rebuilt + " TO " + column)));
        // The new column is nullable, without default or comment: what the old one had is set on it again.
        AlterColumn rest = AlterColumn.of(op.table(), op.column()).inSchema(op.schema())
                .existingType(op.type()).existingNullable(true).existingServerDefault(null).existingComment(null);
        Boolean nullable = op.nullable() != null ? op.nullable() : op.existingNullable();
        if (Boolean.FALSE.equals(nullable)) {
            rest = rest.nullable(false);
        }
        Optional<String> serverDefault = op.serverDefault() != null ? op.serverDefault() : op.existingServerDefault();
        if (serverDefault != null && serverDefault.isPresent()) {
            rest = rest.serverDefault(serverDefault.get());
        }
        Optional<String> comment = op.comment() != null ? op.comment() : op.existingComment();
        if (comment != null) {
            rest = rest.comment(comment.orElse(null));
        }
        if (op.newName() != null) {
            rest = rest.rename(op.newName());
        }
        sql.addAll(alterColumn(rest));
        return sql;
    }

    /** The clause after {@code ALTER COLUMN "c"} that changes the type: standard SQL's {@code SET DATA TYPE}. */
    protected String changeType(AlterColumn op) {
        return "SET DATA TYPE " + dialect.typeName(op.type(), op.schema());
    }

    // --- indexes --------------------------------------------------------------------------------

    @Override
    public List<SqlStatement> createIndex(CreateIndex op) {
        String keys = op.keys().stream().map(this::indexKey).collect(Collectors.joining(", "));
        // The index name takes no schema: an index lives in its table's schema.
        return plain("CREATE " + (op.isUnique() ? "UNIQUE " : "") + "INDEX " + (op.isConcurrent() ? "CONCURRENTLY " : "")
                + dialect.quote(op.name()) + " ON " + table(op.schema(), op.table()) + " (" + keys + ")"
                + (op.where() == null ? "" : " WHERE " + op.where()));
    }

    private String indexKey(IndexKey key) {
        String target = key.column() != null ? dialect.quote(key.column()) : "(" + key.expression() + ")";
        return key.descending() ? target + " DESC" : target;
    }

    @Override
    public List<SqlStatement> dropIndex(DropIndex op) {
        return plain("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "") + dialect.qualify(op.schema(), op.name()));
    }

    // --- constraints ----------------------------------------------------------------------------

    @Override
    public List<SqlStatement> addConstraint(AddConstraint op) {
        return plain(alterTable(op.schema(), op.table()) + " ADD " + constraintDefinition(op.schema(), op.constraint()));
    }

    @Override
    public List<SqlStatement> dropConstraint(DropConstraint op) {
        return plain(alterTable(op.schema(), op.table()) + " DROP CONSTRAINT " + dialect.quote(op.name()));
    }

    // --- sequences ------------------------------------------------------------------------------

    @Override
    public List<SqlStatement> createSequence(CreateSequence op) {
        return plain("CREATE SEQUENCE " + dialect.qualify(op.schema(), op.name())
                + (op.start() == null ? "" : " START WITH " + op.start())
                + (op.increment() == null ? "" : " INCREMENT BY " + op.increment()));
    }

    @Override
    public List<SqlStatement> alterSequence(AlterSequence op) {
        return plain("ALTER SEQUENCE " + dialect.qualify(op.schema(), op.name()) + " INCREMENT BY " + op.increment());
    }

    @Override
    public List<SqlStatement> dropSequence(DropSequence op) {
        return plain("DROP SEQUENCE " + dialect.qualify(op.schema(), op.name()));
    }

    // --- data and control -----------------------------------------------------------------------

    @Override
    public List<SqlStatement> execute(Execute op) {
        return List.of(SqlStatement.withParameters(op.sql(), op.params()));
    }

    @Override
    public List<SqlStatement> bulkInsert(BulkInsert op) {
        if (op.rows().isEmpty()) {
            // A batch without rows would run its placeholders unbound.
            return List.of();
        }
        String columns = op.columns().stream().map(dialect::quote).collect(Collectors.joining(", "));
        String placeholders = String.join(", ", Collections.nCopies(op.columns().size(), "?"));
        return List.of(SqlStatement.batch("INSERT INTO " + table(op.schema(), op.table()) + " (" + columns
                + ") VALUES (" + placeholders + ")", op.rows()));
    }

    /** The whole update in one statement, for offline scripts; online, the runner pages through it. */
    @Override
    public List<SqlStatement> batchedUpdate(BatchedUpdate op) {
        return plain("UPDATE " + table(op.schema(), op.table()) + " SET " + op.set()
                + (op.where() == null ? "" : " WHERE " + op.where()));
    }

    @Override
    public List<SqlStatement> autocommitBlock(AutocommitBlock op) {
        List<SqlStatement> statements = new ArrayList<>();
        for (Operation operation : op.operations()) {
            statements.addAll(operation.accept(this));
        }
        return List.copyOf(statements);
    }

    // --- pieces ---------------------------------------------------------------------------------

    /** Whether a column's comment is part of its definition, rather than a statement of its own. */
    boolean commentsInline() {
        return false;
    }

    /** What follows a generated column's expression: how the database keeps its values, where it must be said. */
    protected String generatedStorage() {
        return "";
    }

    /** {@code "name" TYPE [GENERATED ...] [DEFAULT ...] [NOT NULL]}, then any inline constraints left on it. */
    String columnDefinition(String schema, Column column) {
        StringBuilder sql = new StringBuilder(dialect.quote(column.name())).append(' ')
                .append(dialect.typeName(column.type(), schema));
        if (column.isIdentity()) {
            sql.append(' ').append(dialect.identityClause());
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(')').append(generatedStorage());
        }
        if (column.serverDefault() != null) {
            sql.append(" DEFAULT ").append(column.serverDefault());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.isPrimaryKey()) {
            sql.append(" PRIMARY KEY");
        }
        if (column.isUnique()) {
            sql.append(" UNIQUE");
        }
        ColumnReference reference = column.references();
        if (reference != null) {
            sql.append(" REFERENCES ").append(table(reference.schema() != null ? reference.schema() : schema, reference.table()))
                    .append(" (").append(dialect.quote(reference.column())).append(')')
                    .append(actions(reference.onDelete(), reference.onUpdate()));
        }
        if (column.check() != null) {
            sql.append(" CHECK (").append(column.check()).append(')');
        }
        if (column.comment() != null && commentsInline()) {
            sql.append(" COMMENT ").append(dialect.literal(column.comment()));
        }
        return sql.toString();
    }

    /** {@code CONSTRAINT "name" <body>}: the same in CREATE TABLE and ALTER TABLE ... ADD. */
    String constraintDefinition(String schema, TableConstraint constraint) {
        String prefix = constraint.name() == null ? "" : "CONSTRAINT " + dialect.quote(constraint.name()) + " ";
        return prefix + constraintBody(schema, constraint);
    }

    private String constraintBody(String schema, TableConstraint constraint) {
        if (constraint instanceof PrimaryKey primaryKey) {
            return "PRIMARY KEY (" + columns(primaryKey.columns()) + ")";
        }
        if (constraint instanceof UniqueConstraint unique) {
            return "UNIQUE (" + columns(unique.columns()) + ")";
        }
        if (constraint instanceof ForeignKey foreignKey) {
            String referencedSchema = foreignKey.referencedSchema() != null ? foreignKey.referencedSchema() : schema;
            return "FOREIGN KEY (" + columns(foreignKey.columns()) + ") REFERENCES "
                    + table(referencedSchema, foreignKey.referencedTable())
                    + " (" + columns(foreignKey.referencedColumns()) + ")"
                    + actions(foreignKey.onDelete(), foreignKey.onUpdate());
        }
        return "CHECK (" + ((CheckConstraint) constraint).condition() + ")";
    }

    private static String actions(ReferentialAction onDelete, ReferentialAction onUpdate) {
        return (onDelete == null ? "" : " ON DELETE " + onDelete.sql())
                + (onUpdate == null ? "" : " ON UPDATE " + onUpdate.sql());
    }

    String columns(List<String> names) {
        return names.stream().map(dialect::quote).collect(Collectors.joining(", "));
    }

    String table(String schema, String name) {
        return dialect.qualify(schema, name);
    }

    String alterTable(String schema, String name) {
        return "ALTER TABLE " + table(schema, name);
    }

    /** {@code comment} null clears it. */
    String tableComment(String schema, String table, String comment) {
        return "COMMENT ON TABLE " + table(schema, table) + " IS " + dialect.literal(comment);
    }

    String columnComment(String schema, String table, String column, String comment) {
        return "COMMENT ON COLUMN " + table(schema, table) + "." + dialect.quote(column) + " IS " + dialect.literal(comment);
    }

    String enumValues(List<String> values) {
        return values.stream().map(dialect::literal).collect(Collectors.joining(", "));
    }

    static List<SqlStatement> plain(String sql) {
        return List.of(SqlStatement.of(sql));
    }

    static List<SqlStatement> plain(List<String> sql) {
        return sql.stream().map(SqlStatement::of).toList();
    }
}
