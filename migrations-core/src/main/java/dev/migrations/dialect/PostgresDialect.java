package dev.migrations.dialect;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/** PostgreSQL 14 and later. */
public final class PostgresDialect extends StandardDialect {

    private final PostgresStatements statements = new PostgresStatements(this);

    @Override
    public String name() {
        return "PostgreSQL";
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

    @Override
    public MigrationLock lock(String schema, String versionTable) {
        return PostgresAdvisoryLock.forScope((schema == null ? "" : fold(schema)) + "." + fold(versionTable));
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
}
