package dev.migrations.dialect;

import dev.migrations.error.UsageException;
import dev.migrations.ops.AddEnumValue;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.AlterSequence;
import dev.migrations.ops.Column;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.CreateEnumType;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.CreateSequence;
import dev.migrations.ops.DropConstraint;
import dev.migrations.ops.DropEnumType;
import dev.migrations.ops.DropIndex;
import dev.migrations.ops.DropSchema;
import dev.migrations.ops.DropSequence;
import dev.migrations.ops.ForeignKey;
import dev.migrations.ops.IndexKey;
import dev.migrations.ops.PrimaryKey;
import dev.migrations.ops.SetTableComment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB's and MySQL's spelling where it differs from the shared SQL: comments belong to the column and table
 * definitions, a change of type, nullability or comment restates the whole column ({@code MODIFY COLUMN}),
 * indexes are dropped from their table, enum values live on the column, and what the servers cannot do (partial
 * indexes) fails with what to do instead.
 */
final class MariaDbStatements extends StandardStatements {

    private final MariaDbDialect mariaDb;

    MariaDbStatements(MariaDbDialect dialect) {
        super(dialect);
        this.mariaDb = dialect;
    }

    // --- schemas and tables ---------------------------------------------------------------------

    /**
     * A schema is a database here, and dropping one drops its tables with it. The drop refuses, as PostgreSQL's
     * RESTRICT does, while the schema has tables; MySQL cannot refuse in one statement, so it is not offered.
     */
    @Override
    public List<SqlStatement> dropSchema(DropSchema op) {
        if (mariaDb.isMySql()) {
            throw new UsageException("dropSchema(\"" + op.name() + "\"): MySQL drops a schema's tables with it, and "
                    + "cannot refuse while it has some. Drop its tables first, then run "
                    + "op.execute(\"DROP SCHEMA " + dialect.quote(op.name()) + "\").");
        }
        String name = dialect.literal(dialect.fold(op.name()));
        return compound(
                "IF EXISTS (SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = " + name + ") THEN",
                "  SIGNAL SQLSTATE '2BP01' SET MESSAGE_TEXT = 'cannot drop schema "
                        + dialect.fold(op.name()).replace("'", "''") + ": it still has tables';",
                "END IF;",
                "DROP SCHEMA " + dialect.quote(op.name()) + ";");
    }

    @Override
    public List<SqlStatement> setTableComment(SetTableComment op) {
        return plain(tableComment(op.schema(), op.table(), op.comment()));
    }

    @Override
    String tableComment(String schema, String table, String comment) {
        return alterTable(schema, table) + " COMMENT = " + dialect.literal(comment == null ? "" : comment);
    }

    /** Column comments are written inside the column's definition: see {@link #columnDefinition}. */
    @Override
    boolean commentsInline() {
        return true;
    }

    /**
     * Generated values are computed when a row is written, as on PostgreSQL. MySQL parses a column's own
     * REFERENCES clause and ignores it, so there a foreign key must be a table constraint.
     */
    @Override
    String columnDefinition(String schema, Column column) {
        if (mariaDb.isMySql() && column.references() != null) {
            throw new UsageException("Column " + column.name() + " references " + column.references().table()
                    + " in its own definition, which MySQL ignores without a word. State the foreign key as a "
                    + "table constraint (a ForeignKey in createTable, or op.createForeignKey) instead.");
        }
        return super.columnDefinition(schema, column);
    }

    @Override
    protected String generatedStorage() {
        return " STORED";
    }

    // --- columns --------------------------------------------------------------------------------

    /**
     * A change of type, nullability or comment restates the column, and what is not restated is lost (its
     * default, its comment): so the operation must say what the column has, as autogenerate's always do, or be
     * completed from the server ({@link MariaDbColumnFacts}). A default
     * alone and a rename are changed in place.
     */
    @Override
    public List<SqlStatement> alterColumn(AlterColumn op) {
        if (op.type() != null && op.using() != null) {
            return rebuildColumn(op);
        }
        List<String> sql = new ArrayList<>();
        String alterTable = alterTable(op.schema(), op.table());
        if (op.type() != null || op.nullable() != null || op.comment() != null) {
            sql.add(alterTable + " MODIFY COLUMN " + restated(op));
        } else if (op.serverDefault() != null) {
            String alterColumn = alterTable + " ALTER COLUMN " + dialect.quote(op.column());
            sql.add(op.serverDefault().map(expression -> alterColumn + " SET DEFAULT " + expression)
                    .orElse(alterColumn + " DROP DEFAULT"));
        }
        if (op.newName() != null) {
            sql.add(alterTable + " RENAME COLUMN " + dialect.quote(op.column()) + " TO " + dialect.quote(op.newName()));
        }
        return plain(sql);
    }

    private String restated(AlterColumn op) {
        List<String> missing = new ArrayList<>();
        ColumnType type = op.type() != null ? op.type() : op.existingType();
        Boolean nullable = op.nullable() != null ? op.nullable() : op.existingNullable();
        Optional<String> serverDefault = op.serverDefault() != null ? op.serverDefault() : op.existingServerDefault();
        Optional<String> comment = op.comment() != null ? op.comment() : op.existingComment();
        if (type == null) {
            missing.add(".existingType(...)");
        }
        if (nullable == null) {
            missing.add(".existingNullable(...)");
        }
        if (serverDefault == null) {
            missing.add(".existingServerDefault(...) (null for none)");
        }
        if (comment == null) {
            missing.add(".existingComment(...) (null for none)");
        }
        if (!missing.isEmpty()) {
            throw new UsageException("alterColumn(\"" + op.table() + "\", \"" + op.column() + "\") restates the whole "
                    + "column on " + dialect.name() + " (MODIFY COLUMN), and what it does not restate is lost. Run online, "
                    + "it reads the column from the database; in an offline script, say what the column has now: add "
                    + String.join(", ", missing) + ".");
        }
        return dialect.quote(op.column()) + " " + dialect.typeName(type, op.schema()) + (nullable ? " NULL" : " NOT NULL")
                + serverDefault.map(expression -> " DEFAULT " + expression).orElse("")
                + comment.map(text -> " COMMENT " + dialect.literal(text)).orElse("");
    }

    /**
     * A primary key has no name of its own here: the server calls every one PRIMARY. A foreign key leaves behind
     * the index the server made for it (named after the key); MariaDB drops that too, as the key's owner never
     * declared it and PostgreSQL would have none.
     */
    @Override
    public List<SqlStatement> dropConstraint(DropConstraint op) {
        if (op.definition() instanceof PrimaryKey) {
            return plain(alterTable(op.schema(), op.table()) + " DROP PRIMARY KEY");
        }
        if (op.definition() instanceof ForeignKey && !mariaDb.isMySql()) {
            String schema = op.schema() == null ? "DATABASE()" : dialect.literal(dialect.fold(op.schema()));
            return compound(
                    alterTable(op.schema(), op.table()) + " DROP FOREIGN KEY " + dialect.quote(op.name()) + ";",
                    "IF EXISTS (SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = " + schema
                            + " AND TABLE_NAME = " + dialect.literal(dialect.fold(op.table()))
                            + " AND INDEX_NAME = " + dialect.literal(dialect.fold(op.name())) + ") THEN",
                    "  " + alterTable(op.schema(), op.table()) + " DROP INDEX " + dialect.quote(op.name()) + ";",
                    "END IF;");
        }
        return super.dropConstraint(op);
    }

    // --- indexes --------------------------------------------------------------------------------

    /**
     * A concurrent build is an online one ({@code ALGORITHM=INPLACE, LOCK=NONE}): the server refuses it rather
     * than block writes. Partial indexes do not exist here; expression keys only on MySQL.
     */
    @Override
    public List<SqlStatement> createIndex(CreateIndex op) {
        if (op.where() != null) {
            throw new UsageException("createIndex(\"" + op.name() + "\") is a partial index (WHERE " + op.where()
                    + "), but " + dialect.name() + " has no partial indexes. Index the whole column, or branch on "
                    + "op.dialect() to create it only on PostgreSQL.");
        }
        if (!mariaDb.isMySql()) {
            for (IndexKey key : op.keys()) {
                if (key.expression() != null) {
                    throw new UsageException("createIndex(\"" + op.name() + "\") has the expression key ("
                            + key.expression() + "), but MariaDB indexes only columns. Add a generated column with "
                            + "the expression and index it.");
                }
            }
        }
        List<SqlStatement> sql = super.createIndex(new CreateIndex(op.schema(), op.table(), op.name(), op.keys(),
                op.isUnique(), null, false));
        return op.isConcurrent() ? plain(sql.get(0).sql() + " ALGORITHM=INPLACE LOCK=NONE") : sql;
    }

    @Override
    public List<SqlStatement> dropIndex(DropIndex op) {
        if (op.table() == null) {
            throw new UsageException("dropIndex(\"" + op.name() + "\"): " + dialect.name() + " drops an index from its "
                    + "table, so name the table: op.dropIndex(\"" + op.name() + "\", \"<table>\").");
        }
        return plain("DROP INDEX " + dialect.quote(op.name()) + " ON " + table(op.schema(), op.table()));
    }

    // --- sequences ------------------------------------------------------------------------------

    @Override
    public List<SqlStatement> createSequence(CreateSequence op) {
        requireSequences("createSequence", op.name());
        return super.createSequence(op);
    }

    /**
     * Restarts the sequence past every value it may have given, with the new increment: a pooled id generator
     * takes the {@code increment - 1} ids below each value, so the next value must never fall below one given
     * plus the new increment. A MariaDB sequence caches values, and its next uncached value bounds all given; the
     * restart value is computed on the server, as ALTER SEQUENCE takes only constants.
     */
    @Override
    public List<SqlStatement> alterSequence(AlterSequence op) {
        requireSequences("alterSequence", op.name());
        String sequence = dialect.qualify(op.schema(), op.name());
        return compound(
                "DECLARE restart BIGINT;",
                "SELECT GREATEST(next_not_cached_value - increment + " + op.increment() + ", start_value) INTO restart"
                        + " FROM " + sequence + ";",
                "EXECUTE IMMEDIATE CONCAT('ALTER SEQUENCE " + sequence.replace("'", "''") + " RESTART WITH ', restart, "
                        + "' INCREMENT BY " + op.increment() + "');");
    }

    @Override
    public List<SqlStatement> dropSequence(DropSequence op) {
        requireSequences("dropSequence", op.name());
        return super.dropSequence(op);
    }

    private void requireSequences(String operation, String name) {
        if (mariaDb.isMySql()) {
            throw new UsageException(operation + "(\"" + name + "\"): MySQL has no sequences. Use an AUTO_INCREMENT "
                    + "column (Column.identity()), which Hibernate's IDENTITY generation maps to.");
        }
    }

    /**
     * One statement holding several, with the conditions plain SQL lacks: MariaDB runs a compound statement
     * outside a stored program ({@code BEGIN NOT ATOMIC ... END}), as one round trip.
     */
    private static List<SqlStatement> compound(String... body) {
        StringBuilder sql = new StringBuilder("BEGIN NOT ATOMIC\n");
        for (String line : body) {
            sql.append("  ").append(line).append('\n');
        }
        return plain(sql.append("END").toString());
    }

    // --- enum types -----------------------------------------------------------------------------

    /**
     * Nothing to create: the values live on each column ({@code Types.enumType(name, values...)} is an
     * {@code ENUM(...)} column here), so a revision written for PostgreSQL runs unchanged.
     */
    @Override
    public List<SqlStatement> createEnumType(CreateEnumType op) {
        return List.of();
    }

    /** Nothing to drop: the values went with the columns. */
    @Override
    public List<SqlStatement> dropEnumType(DropEnumType op) {
        return List.of();
    }

    @Override
    public List<SqlStatement> addEnumValue(AddEnumValue op) {
        throw new UsageException("addEnumValue(\"" + op.type() + "\", \"" + op.value() + "\"): " + dialect.name()
                + " has no named enum types; each column lists its values. Change the values of each column of the "
                + "type with alterColumn(...).type(Types.enumType(\"" + op.type() + "\", ...)), branching on "
                + "op.database() where the revision also runs on PostgreSQL.");
    }
}
