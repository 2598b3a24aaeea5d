package dev.migrations.dialect;

import dev.migrations.backup.BackupSettings;
import dev.migrations.backup.MigrationsBackup;
import dev.migrations.error.BackupFailedException;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Database;
import dev.migrations.ops.Operation;
import dev.migrations.schema.SchemaReader;

import java.time.Duration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything the library knows about one database: statements for each operation, type names, identifier
 * quoting, literals for offline scripts, timeouts, the migration lock, its catalog reader and what autogenerate
 * must know of it. Nothing outside this package builds SQL or asks which database it is (see docs/dialects.md).
 */
public interface Dialect {

    /** The database's name, as shown to users: "PostgreSQL", "H2". */
    String name();

    /** Which database this is, as migrations that must differ on one of them ask ({@code op.database()}). */
    Database database();

    /**
     * The identifier as the database stores an unquoted name (PostgreSQL folds to lower case, H2 by
     * default to upper case). Names therefore mean what they would mean unquoted, yet are always quoted; a name
     * written in double quotes ({@link dev.migrations.ops.Identifiers#exact}) keeps its case.
     */
    String fold(String identifier);

    /** The folded identifier, quoted, with embedded quotes doubled: never parsed as SQL. */
    String quote(String identifier);

    /** {@code "schema"."name"}, or {@code "name"} when schema is null. */
    String qualify(String schema, String name);

    String typeName(ColumnType type);

    /**
     * The statements that carry out {@code operation}, in order. {@link dev.migrations.ops.AutocommitBlock}
     * yields its operations' statements; {@link BatchedUpdate} yields one equivalent UPDATE, for offline scripts
     * (online, the runner pages with {@link #batchedUpdate}).
     */
    List<SqlStatement> statements(Operation operation);

    /**
     * The statements of {@code operation} run on {@code connection}, which may be asked what the operation leaves
     * unsaid (MariaDB restates a whole column to change it); offline scripts use {@link #statements(Operation)}.
     */
    default List<SqlStatement> statements(Operation operation, java.sql.Connection connection) {
        return statements(operation);
    }

    /** The queries that page through {@code update} by key. */
    BatchSql batchedUpdate(BatchedUpdate update);

    /** A value as a SQL literal, for offline scripts: strings quoted and escaped, null as NULL. */
    String literal(Object value);

    /** Whether DDL statements take part in transactions (PostgreSQL yes, H2 no: they commit at once). */
    boolean transactionalDdl();

    /**
     * Statements that bound how long each following statement may wait for a lock or run, for the current
     * transaction only; empty when the database has no such setting or both are null.
     */
    List<String> transactionTimeouts(Duration lockTimeout, Duration statementTimeout);

    /** The same bounds for the whole session, for statements that run outside a transaction. */
    List<String> sessionTimeouts(Duration lockTimeout, Duration statementTimeout);

    /** Statements that return the session to the server's default bounds. */
    List<String> resetSessionTimeouts();

    /** A query with parameters (schema, table), already folded, that returns a row when the table exists. */
    String tableExistsQuery();

    /**
     * A query returning one row over the version table {@code table} (qualified and quoted): the number of rows, and
     * the lower-case hex SHA-256 of every row's {@code revision state fingerprint} ({@code -} for none), ordered by
     * revision in binary order and joined by commas (UTF-8). A start compares it with the same digest of the index to
     * learn, in one query, that nothing is pending and nothing changed; null where the database cannot compute it,
     * and then the rows are read.
     */
    default String appliedSetDigestQuery(String table) {
        return null;
    }

    /**
     * Whether the database refused a statement because what it creates is there already (a table, index, column or
     * schema made by other means), so that a failed revision can say how to record it as applied instead. By default
     * the standard's states: base table, index and column already exist.
     */
    default boolean refusedAsAlreadyThere(SQLException error) {
        String state = error.getSQLState();
        return "42S01".equals(state) || "42S11".equals(state) || "42S21".equals(state);
    }

    /**
     * Whether the database refused a statement because the user lacks a right (to create a table in the schema, to
     * alter a table it does not own), so that the failure can say to migrate as a user that may change the schema.
     * By default the standard's state, insufficient privilege.
     */
    default boolean refusedForLackOfRights(SQLException error) {
        return "42501".equals(error.getSQLState());
    }

    /**
     * Whether the database refused because the connection names no schema to work in (PostgreSQL: no schema on
     * its search path exists; MariaDB and MySQL: the URL names no database), so that the error can say how to name
     * one. By default the standard's invalid schema name.
     */
    default boolean refusedForWantOfASchema(SQLException error) {
        return "3F000".equals(error.getSQLState());
    }

    /** The schema unqualified names resolve to on {@code connection}; null when it has none. */
    default String currentSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /** The lock that keeps concurrent runners on one version table apart. */
    MigrationLock lock(String schema, String versionTable);

    /** The reader of this database's catalog, in a fixed number of queries, for autogenerate and {@code check}. */
    SchemaReader schemaReader();

    /** Whether one statement may insert into two tables ({@code WITH a AS (INSERT ...) INSERT ...}). */
    default boolean dataModifyingCte() {
        return false;
    }

    /**
     * Whether an index may have a {@code WHERE} predicate. Where it may not, a non-unique partial index is built
     * as a full one, so that is what the database has to compare with.
     */
    default boolean partialIndexes() {
        return true;
    }

    /**
     * The built-in backup of this database, made before an upgrade when asked; where there is none, one that
     * refuses, saying how to supply one.
     */
    default MigrationsBackup backup(BackupSettings settings) {
        return request -> {
            throw new BackupFailedException("There is no built-in backup for " + database()
                    + ": declare a dev.migrations.backup.MigrationsBackup bean (a dump program, a snapshot API) "
                    + "or give one to Migrations.builder(...).backup(...). Nothing was migrated.");
        };
    }

    /**
     * Whether a JDBC URL names a database that lives in this JVM's memory and starts empty in every run, so that
     * a command may bring it to the heads, since nobody else can see it.
     */
    default boolean inMemory(String jdbcUrl) {
        return false;
    }

    /**
     * Statements the runner's connection runs before its work, so that the statements mean the same on any
     * server configuration; {@link #sessionTeardown()} undoes them before the connection goes back to its pool.
     */
    default List<String> sessionSetup() {
        return List.of();
    }

    default List<String> sessionTeardown() {
        return List.of();
    }

    /**
     * Whether sessions may change the schemas of one database at the same time, as tenants migrated in parallel do.
     * H2 cannot: its schema changes lock the whole catalog, and parallel ones time out.
     */
    default boolean concurrentSchemaChanges() {
        return true;
    }

    /**
     * Creates {@code schema} unless it exists: a tenant's schema, made by its first run. Two runners may race to
     * create it; the loser's error is harmless and the caller tries once more.
     */
    default String createSchemaIfMissing(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
    }

    /**
     * Makes {@code schema} where the connection's unqualified names live (JDBC's schema; MariaDB's database), and
     * returns what it was, for {@link #restoreSessionSchema} before the connection goes back to its pool.
     */
    default String useSessionSchema(Connection connection, String schema) throws SQLException {
        String previous = connection.getSchema();
        connection.setSchema(fold(schema));
        return previous;
    }

    default void restoreSessionSchema(Connection connection, String previous) throws SQLException {
        if (previous != null) {
            connection.setSchema(previous);
        }
    }

    /** Settings an offline script starts with, so that it means the same on any server configuration. */
    default List<String> scriptPreamble() {
        return List.of();
    }

    /** Opens a transaction in an offline script. */
    String beginTransaction();

    /** Commits a transaction in an offline script. */
    String commitTransaction();

    // --- what autogenerate asks of the database ------------------------------------------------

    /**
     * The type as this database stores a portable one, where the two differ: a binary length it ignores, the
     * precision TIME gets when none is given, a type it keeps under another name. Autogenerate compares types
     * in this form, so that two spellings of one stored type are equal.
     */
    default ColumnType stored(ColumnType type) {
        return type;
    }

    /**
     * A server default as this database stores it for a column of {@code type}, where it rewrites what was
     * written: MariaDB keeps {@code TRUE} as {@code 1} in a BOOLEAN column. Autogenerate compares defaults in this
     * form; null stays null.
     */
    default String storedDefault(String expression, ColumnType type) {
        return expression;
    }

    /**
     * Whether changing a column from {@code from} to {@code to} (both {@linkplain #stored stored} forms) rewrites
     * the table under an exclusive lock, for a warning in the generated migration.
     */
    default boolean typeChangeRewritesTable(ColumnType from, ColumnType to) {
        return false;
    }

    /**
     * The expression converting {@code column}'s values when its type changes from {@code from} to {@code to},
     * where the database has no direct conversion; null where it converts by itself.
     */
    default String typeChangeUsing(String column, ColumnType from, ColumnType to) {
        return null;
    }

    /**
     * Whether an index can be built without blocking writes (PostgreSQL's {@code CONCURRENTLY}), so that a
     * blocking build on a large table deserves a warning.
     */
    default boolean buildsIndexesWithoutBlocking() {
        return false;
    }

    /**
     * The query that frees what a column of this type points to outside its table, which dropping the column
     * leaves behind (PostgreSQL's large objects); null for a type that points to nothing.
     */
    default String releaseExternalValues(String table, String column, ColumnType type) {
        return null;
    }

    /** What makes a column take the next number when a row gives none: standard SQL's identity clause. */
    default String identityClause() {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    /** The SQL type of text columns of the version tables, such as {@code VARCHAR(4000)} or {@code TEXT}. */
    default String longTextType() {
        return "VARCHAR(4000)";
    }
}
