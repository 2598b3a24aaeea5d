package dev.migrations.dialect;

import dev.migrations.backup.BackupSettings;
import dev.migrations.backup.MigrationsBackup;

import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Database;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.schema.SchemaReader;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** PostgreSQL 14 and later. */
public final class PostgresDialect extends StandardDialect {

    private final PostgresStatements statements = new PostgresStatements(this);

    @Override
    public String name() {
        return "PostgreSQL";
    }

    /** Duplicate table (any relation: index, sequence, view), object (constraint, type), schema and column. */
    @Override
    public boolean refusedAsAlreadyThere(SQLException error) {
        return switch (String.valueOf(error.getSQLState())) {
            case "42P07", "42710", "42P06", "42701" -> true;
            default -> false;
        };
    }

    @Override
    public Database database() {
        return Database.POSTGRESQL;
    }

    @Override
    public String fold(String identifier) {
        return IdentifierFolding.ASCII_LOWER_CASE.apply(identifier);
    }

    @Override
    StandardStatements statementRenderer() {
        return statements;
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    // --- types and literals ---------------------------------------------------------------------

    @Override
    protected String textType() {
        return "TEXT";
    }

    @Override
    protected String intervalType() {
        return "INTERVAL";
    }

    /** BYTEA has no length. */
    @Override
    protected String binaryType(Integer length) {
        return "BYTEA";
    }

    @Override
    protected String jsonbType() {
        return "JSONB";
    }

    @Override
    protected String arrayType(String elementType) {
        return elementType + "[]";
    }

    /** The hex format, read literally since {@code standard_conforming_strings} is on by default. */
    @Override
    protected String bytesLiteral(byte[] bytes) {
        return "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
    }

    /** ISO 8601 ({@code PT1H30M}), which PostgreSQL reads exactly, negative parts included. */
    @Override
    protected String durationLiteral(Duration duration) {
        return "INTERVAL '" + duration + "'";
    }

    @Override
    public String longTextType() {
        return "TEXT";
    }

    // --- session --------------------------------------------------------------------------------

    /** {@code SET LOCAL}: the bounds end with the transaction, whether it commits or rolls back. */
    @Override
    public List<String> transactionTimeouts(Duration lockTimeout, Duration statementTimeout) {
        return timeouts("SET LOCAL ", lockTimeout, statementTimeout);
    }

    @Override
    public List<String> sessionTimeouts(Duration lockTimeout, Duration statementTimeout) {
        return timeouts("SET ", lockTimeout, statementTimeout);
    }

    private static List<String> timeouts(String set, Duration lockTimeout, Duration statementTimeout) {
        return nonNull(
                lockTimeout == null ? null : set + "lock_timeout = '" + millis(lockTimeout) + "ms'",
                statementTimeout == null ? null : set + "statement_timeout = '" + millis(statementTimeout) + "ms'");
    }

    @Override
    public List<String> resetSessionTimeouts() {
        return List.of("RESET lock_timeout", "RESET statement_timeout");
    }

    /**
     * Tables and partitioned tables, in the given schema or else the one unqualified names are created
     * in. The parameters are typed: a NULL of unknown type cannot be coalesced.
     */
    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = COALESCE(CAST(? AS name), current_schema()) AND c.relname = CAST(? AS name)"
                + " AND c.relkind IN ('r', 'p')";
    }

    /** {@code COLLATE "C"} orders by bytes, as the digest's own sort does, whatever the database's collation. */
    @Override
    public String appliedSetDigestQuery(String table) {
        return "SELECT COUNT(*), encode(sha256(convert_to(COALESCE(string_agg(revision || ' ' || state || ' ' || "
                + "COALESCE(source_fingerprint, '-'), ',' ORDER BY revision COLLATE \"C\"), ''), 'UTF8')), 'hex') FROM "
                + table;
    }

    @Override
    public MigrationLock lock(String schema, String versionTable) {
        return PostgresAdvisoryLock.forScope((schema == null ? "" : fold(schema)) + "." + fold(versionTable));
    }

    // --- autogenerate ---------------------------------------------------------------------------

    /** BYTEA has no length. */
    @Override
    public ColumnType stored(ColumnType type) {
        return type.kind() == TypeKind.BINARY ? Types.BINARY : type;
    }

    /**
     * A longer VARCHAR, VARCHAR to TEXT, a NUMERIC of more precision and the same scale (or unconstrained), and
     * any change between byteas keep the table as it is; every other type change rewrites it.
     */
    @Override
    public boolean typeChangeRewritesTable(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return false;
        }
        if (from.kind() == TypeKind.VARCHAR) {
            return !(to.kind() == TypeKind.TEXT || (to.kind() == TypeKind.VARCHAR && to.length() >= from.length()));
        }
        if (from.kind() == TypeKind.NUMERIC && to.kind() == TypeKind.NUMERIC) {
            boolean unconstrained = to.precision() == null && to.scale() == null;
            boolean wider = from.precision() != null && to.precision() != null && to.precision() >= from.precision()
                    && Objects.equals(from.scale(), to.scale());
            return !(unconstrained || wider);
        }
        return !(from.kind() == TypeKind.BINARY && to.kind() == TypeKind.BINARY);
    }

    /** PostgreSQL has no cast from one enum type to another: the values go through text. */
    @Override
    public String typeChangeUsing(String column, ColumnType from, ColumnType to) {
        if (from.kind() != TypeKind.ENUM || to.kind() != TypeKind.ENUM) {
            return null;
        }
        return "CAST(CAST(" + quote(column) + " AS TEXT) AS " + typeName(to) + ")";
    }

    @Override
    public boolean buildsIndexesWithoutBlocking() {
        return true;
    }

    /** An {@code oid} column points to large objects, which stay in pg_largeobject until they are unlinked. */
    @Override
    public String releaseExternalValues(String table, String column, ColumnType type) {
        if (type.kind() != TypeKind.RAW || !type.name().strip().equalsIgnoreCase("oid")) {
            return null;
        }
        return "SELECT lo_unlink(" + column + ") FROM " + table + " WHERE " + column + " IS NOT NULL";
    }

    @Override
    public SchemaReader schemaReader() {
        return new PostgresSchemaReader();
    }

    /** String literals double quotes and never use backslash escapes, which this setting guarantees. */
    @Override
    public List<String> scriptPreamble() {
        return List.of("SET standard_conforming_strings = on");
    }

    @Override
    public boolean dataModifyingCte() {
        return true;
    }

    @Override
    public MigrationsBackup backup(BackupSettings settings) {
        return new PostgresDump(settings);
    }
}
