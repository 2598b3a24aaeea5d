package dev.migrations.dialect;

import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Operation;

import java.time.Duration;
import java.util.List;

/**
 * Everything that knows how one database spells SQL: statements for each operation, type names,
 * identifier quoting, literals for offline scripts, timeouts, catalog look-ups and the migration lock.
 * Nothing outside this package builds SQL.
 */
public interface Dialect {

    /** The database's name, as shown to users: "PostgreSQL", "H2". */
    String name();

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

    /** The lock that keeps concurrent runners on one version table apart. */
    MigrationLock lock(String schema, String versionTable);

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
     * Whether a JDBC URL names a database that lives in this JVM's memory and starts empty in every run, so that
     * a command may bring it to the heads, since nobody else can see it.
     */
    default boolean inMemory(String jdbcUrl) {
        return false;
    }

    /** Settings an offline script starts with, so that it means the same on any server configuration. */
    default List<String> scriptPreamble() {
        return List.of();
    }

    /** Opens a transaction in an offline script. */
    String beginTransaction();

    /** Commits a transaction in an offline script. */
    String commitTransaction();

    /** The SQL type of text columns of the version tables, such as {@code VARCHAR(4000)} or {@code TEXT}. */
    default String longTextType() {
        return "VARCHAR(4000)";
    }
}
