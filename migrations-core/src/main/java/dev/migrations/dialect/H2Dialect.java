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
import java.util.Locale;

/**
 * H2 2.x, in its regular mode. DDL commits at once, so a failed revision can leave part of its changes:
 * H2 is for tests and local development, PostgreSQL for production.
 */
public final class H2Dialect extends StandardDialect {

    private final IdentifierFolding folding;
    private final H2SessionDefaults sessionDefaults;
    private final H2Statements statements = new H2Statements(this);

    /** For a database whose session defaults are H2's own, and for offline scripts. */
    public H2Dialect(IdentifierFolding folding) {
        this(folding, H2SessionDefaults.BUILT_IN);
    }

    public H2Dialect(IdentifierFolding folding, H2SessionDefaults sessionDefaults) {
        this.folding = folding;
        this.sessionDefaults = sessionDefaults;
    }

    @Override
    public String name() {
        return "H2";
    }

    /** The standard's states, and H2's own codes for a sequence, view, constraint, schema or domain that exists. */
    @Override
    public boolean refusedAsAlreadyThere(SQLException error) {
        return super.refusedAsAlreadyThere(error) || switch (error.getErrorCode()) {
            case 90035, 90038, 90045, 90078, 90119 -> true;
            default -> false;
        };
    }

    /** H2's own code for a right the user lacks. */
    @Override
    public boolean refusedForLackOfRights(SQLException error) {
        return error.getErrorCode() == 90096;
    }

    @Override
    public boolean partialIndexes() {
        return false;
    }

    @Override
    public boolean inMemory(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    @Override
    public Database database() {
        return Database.H2;
    }

    @Override
    public String fold(String identifier) {
        return folding.apply(identifier);
    }

    @Override
    StandardStatements statementRenderer() {
        return statements;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    // --- types and literals ---------------------------------------------------------------------

    /**
     * CHARACTER VARYING without a length (up to 1,000,000 characters), not H2's TEXT: that is a CLOB,
     * which cannot be compared with = or indexed, and which Hibernate reads as a @Lob, not a String column.
     */
    @Override
    protected String textType() {
        return "CHARACTER VARYING";
    }

    /** H2 has no unqualified INTERVAL; DAY TO SECOND holds any duration, as PostgreSQL's does. */
    @Override
    protected String intervalType() {
        return "INTERVAL DAY TO SECOND";
    }

    @Override
    protected String binaryType(Integer length) {
        return length == null ? "VARBINARY" : "VARBINARY(" + length + ")";
    }

    /** H2 has one JSON type. */
    @Override
    protected String jsonbType() {
        return "JSON";
    }

    @Override
    protected String arrayType(String elementType) {
        return elementType + " ARRAY";
    }

    @Override
    protected String bytesLiteral(byte[] bytes) {
        return "X'" + HexFormat.of().formatHex(bytes) + "'";
    }

    /** {@code INTERVAL '-1 02:03:04.5' DAY TO SECOND}: one sign for the whole value. */
    @Override
    protected String durationLiteral(Duration duration) {
        Duration size = duration.abs();
        String fraction = size.getNano() == 0 ? ""
                : ("." + String.format(Locale.ROOT, "%09d", size.getNano())).replaceAll("0+$", "");
        return String.format(Locale.ROOT, "INTERVAL '%s%d %02d:%02d:%02d%s' DAY TO SECOND", duration.isNegative() ? "-" : "",
                size.toDays(), size.toHoursPart(), size.toMinutesPart(), size.toSecondsPart(), fraction);
    }

    @Override
    public String longTextType() {
        return "CHARACTER VARYING";
    }

    // --- session --------------------------------------------------------------------------------

    /**
     * None: H2's LOCK_TIMEOUT and QUERY_TIMEOUT belong to the session and outlive the transaction, so they
     * would stay on the pooled connection and on every later revision. {@link #sessionTimeouts} sets them
     * where the caller resets them afterwards.
     */
    @Override
    public List<String> transactionTimeouts(Duration lockTimeout, Duration statementTimeout) {
        return List.of();
    }

    /** QUERY_TIMEOUT is H2's statement timeout. */
    @Override
    public List<String> sessionTimeouts(Duration lockTimeout, Duration statementTimeout) {
        return nonNull(
                lockTimeout == null ? null : "SET LOCK_TIMEOUT " + millis(lockTimeout),
                statementTimeout == null ? null : "SET QUERY_TIMEOUT " + millis(statementTimeout));
    }

    @Override
    public List<String> resetSessionTimeouts() {
        return List.of("SET LOCK_TIMEOUT " + millis(sessionDefaults.lockTimeout()),
                "SET QUERY_TIMEOUT " + millis(sessionDefaults.queryTimeout()));
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = COALESCE(CAST(? AS VARCHAR), CURRENT_SCHEMA)"
                + " AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'";
    }

    @Override
    public String appliedSetDigestQuery(String table) {
        return "SELECT COUNT(*), LOWER(RAWTOHEX(HASH('SHA-256', STRINGTOUTF8(COALESCE(LISTAGG(revision || ' ' || state "
                + "|| ' ' || COALESCE(source_fingerprint, '-'), ',') WITHIN GROUP (ORDER BY revision), ''))))) FROM "
                + table;
    }

    /** TIME without a precision keeps whole seconds; JSONB is H2's one JSON type. */
    @Override
    public ColumnType stored(ColumnType type) {
        if (type.kind() == TypeKind.TIME && type.precision() == null) {
            return new ColumnType(TypeKind.TIME, null, 0, null, null, null);
        }
        return type.kind() == TypeKind.JSONB ? Types.JSON : type;
    }

    @Override
    public SchemaReader schemaReader() {
        return new H2SchemaReader(this::fold);
    }

    /** A row lock in the one-row table {@code <versionTable>_lock}, next to the version table. */
    @Override
    public MigrationLock lock(String schema, String versionTable) {
        return new H2RowLock(qualify(schema, versionTable + "_lock"), quote("id"));
    }

    /** Every schema change locks H2's catalog (its SYS table) until commit. */
    @Override
    public boolean concurrentSchemaChanges() {
        return false;
    }

    @Override
    public MigrationsBackup backup(BackupSettings settings) {
        return new H2Script();
    }
}
