package dev.migrations.dialect;

import dev.migrations.backup.BackupSettings;
import dev.migrations.backup.MigrationsBackup;

import dev.migrations.error.UsageException;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.ColumnType;
import dev.migrations.ops.Database;
import dev.migrations.ops.Operation;
import dev.migrations.ops.TypeKind;
import dev.migrations.ops.Types;
import dev.migrations.schema.SchemaReader;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * MariaDB 10.6 and later, and MySQL 8.0 and later where the two agree. Names are quoted with backticks and
 * kept as written, as both servers compare table names by their case on Linux. DDL commits at once, so every
 * revision runs as a non-atomic one: a revision that fails part-way is marked FAILED for {@code repair}.
 */
public final class MariaDbDialect extends StandardDialect {

    /** Server error codes whose SQL states (42000, HY000) say no more than "refused". */
    private static final int DUPLICATE_KEY_NAME = 1061;
    private static final int DATABASE_EXISTS = 1007;

    /** The current time, with or without a precision: {@code CURRENT_TIMESTAMP}, {@code current_timestamp(6)}, {@code now()}. */
    private static final Pattern CURRENT_TIME_WITH_PRECISION =
            Pattern.compile("(?i)(current_timestamp|now|localtimestamp)\\s*(\\(\\s*\\d*\\s*\\))?");

    /** Which of the two servers: they share the SQL this library writes, except where noted. */
    public enum Server {
        MARIADB("MariaDB"), MYSQL("MySQL");

        private final String displayName;

        Server(String displayName) {
            this.displayName = displayName;
        }
    }

    private final Server server;
    private final MariaDbStatements statements = new MariaDbStatements(this);

    public MariaDbDialect(Server server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public String name() {
        return server.displayName;
    }

    /** The standard's states, and duplicate key (index) name and database, whose states are generic. */
    @Override
    public boolean refusedAsAlreadyThere(SQLException error) {
        return super.refusedAsAlreadyThere(error)
                || error.getErrorCode() == DUPLICATE_KEY_NAME || error.getErrorCode() == DATABASE_EXISTS;
    }

    /** Database, table, column and global rights denied: their states are the generic 42000. */
    @Override
    public boolean refusedForLackOfRights(SQLException error) {
        return switch (error.getErrorCode()) {
            case 1044, 1142, 1143, 1227 -> true;
            default -> false;
        };
    }

    /** A MariaDB or MySQL schema is a database: the connection's is its catalog. */
    @Override
    public String currentSchema(Connection connection) throws SQLException {
        return connection.getCatalog();
    }

    /** No database selected. */
    @Override
    public boolean refusedForWantOfASchema(SQLException error) {
        return error.getErrorCode() == 1046;
    }

    @Override
    public Database database() {
        return isMySql() ? Database.MYSQL : Database.MARIADB;
    }

    boolean isMySql() {
        return server == Server.MYSQL;
    }

    /** Kept as written: table names are case-sensitive on these servers unless configured otherwise. */
    @Override
    public String fold(String identifier) {
        return IdentifierFolding.AS_IS.apply(identifier);
    }

    /** Backticks, which mean a name whatever the server's {@code sql_mode}. */
    @Override
    public String quote(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return '`' + fold(identifier).replace("`", "``") + '`';
    }

    @Override
    StandardStatements statementRenderer() {
        return statements;
    }

    /**
     * An {@code alterColumn} that restates the column but does not say all it has is completed from the server,
     * so that its default, comment and nullability survive.
     */
    @Override
    public List<SqlStatement> statements(Operation operation, Connection connection) {
        if (operation instanceof AlterColumn op && MariaDbColumnFacts.restatesColumn(op) && !MariaDbColumnFacts.knowsColumn(op)) {
            return statements(MariaDbColumnFacts.complete(op, connection, this));
        }
        return statements(operation);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public boolean partialIndexes() {
        return false;
    }

    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }

    @Override
    public String identityClause() {
        return "AUTO_INCREMENT";
    }

    // --- types and literals ---------------------------------------------------------------------

    /**
     * The server's names for the portable types, with the server's defaults made explicit, so that a type
     * written without precision gets the one autogenerate reads back. TIMESTAMP stores a point in time (UTC
     * inside), DATETIME a wall-clock time.
     */
    @Override
    String typeName(ColumnType written, String schema) {
        ColumnType type = withServerDefaults(written);
        return switch (type.kind()) {
            case INTEGER -> "INT";
            case NUMERIC -> "DECIMAL" + arguments(type.precision(), type.scale());
            case REAL -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case VARCHAR -> {
                if (type.length() == null) {
                    throw new UsageException("A VARCHAR column needs a length on " + name()
                            + ": use Types.varchar(n), or Types.TEXT for text of any length.");
                }
                yield super.typeName(type, schema);
            }
            case TIME -> "TIME" + arguments(type.precision(), null);
            case TIMESTAMP -> "DATETIME" + arguments(type.precision(), null);
            case TIMESTAMPTZ -> "TIMESTAMP" + arguments(type.precision(), null);
            case UUID -> isMySql() ? "BINARY(16)" : "UUID";
            // An enum with its values is already the column's own ENUM (withServerDefaults).
            case ENUM -> throw new UsageException("The enum type " + type.name() + " has no values here: " + name()
                    + " has no named types, each column lists its values. Give them with the name, "
                    + "Types.enumType(\"" + type.name() + "\", \"A\", \"B\"), which stays a column of the "
                    + "named type on PostgreSQL and H2.");
            default -> super.typeName(type, schema);
        };
    }

    /** {@code ENUM('A', 'B')}: the values in order, spelled as the server reads them back. */
    private String enumColumnType(ColumnType type) {
        return type.values().stream().map(this::stringLiteral)
                .collect(java.util.stream.Collectors.joining(",", "ENUM(", ")"));
    }

    @Override
    protected String textType() {
        return "LONGTEXT";
    }

    @Override
    protected String intervalType() {
        throw new UsageException(name() + " has no INTERVAL type. Store a duration as a BIGINT of milliseconds or "
                + "seconds (Hibernate maps java.time.Duration to a numeric column on these servers).");
    }

    @Override
    protected String binaryType(Integer length) {
        return length == null ? "LONGBLOB" : "VARBINARY(" + length + ")";
    }

    @Override
    protected String jsonbType() {
        return "JSON";
    }

    @Override
    protected String arrayType(String elementType) {
        throw new UsageException(name() + " has no array types. Store the elements in a table of their own, "
                + "or as a JSON array (Types.JSON).");
    }

    /** Backslashes are escapes in these servers' strings unless NO_BACKSLASH_ESCAPES is set, so they are doubled. */
    @Override
    protected String stringLiteral(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    protected String bytesLiteral(byte[] bytes) {
        return "X'" + HexFormat.of().formatHex(bytes) + "'";
    }

    /** A duration has no column type here; in a literal it is its seconds, as a BIGINT column would hold it. */
    @Override
    protected String durationLiteral(Duration duration) {
        return new BigDecimal(duration.toNanos()).movePointLeft(9).setScale(9, RoundingMode.UNNECESSARY)
                .stripTrailingZeros().toPlainString();
    }

    @Override
    public String literal(Object value) {
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            throw new UsageException("The value " + value + " cannot be written for " + name()
                    + ", whose floating-point columns hold only finite numbers. Store NULL, or a sentinel of your own.");
        }
        if (value instanceof java.util.UUID uuid) {
            return stringLiteral(uuid.toString());
        }
        if (value instanceof OffsetDateTime dateTime) {
            // No time zones in literals: the point in time, written in UTC, as TIMESTAMP columns store it.
            return super.literal(dateTime.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        return super.literal(value);
    }

    @Override
    public String longTextType() {
        return "LONGTEXT";
    }

    // --- session --------------------------------------------------------------------------------

    /**
     * Without explicit_defaults_for_timestamp (off by default before MariaDB 10.10 and in old MySQL
     * configurations), a TIMESTAMP column is NOT NULL unless it says NULL, and the first NOT NULL one is rewritten
     * on every UPDATE of its row: a version row's applied_at would change with each progress update. The runner's
     * session turns it on, and back to what the session had afterwards.
     */
    @Override
    public List<String> sessionSetup() {
        return List.of("SET @migrations_explicit_defaults = @@SESSION.explicit_defaults_for_timestamp,"
                + " SESSION explicit_defaults_for_timestamp = 1");
    }

    @Override
    public List<String> sessionTeardown() {
        return List.of("SET SESSION explicit_defaults_for_timestamp = @migrations_explicit_defaults");
    }

    /** A MariaDB schema is a database: the connection's catalog. */
    @Override
    public String useSessionSchema(Connection connection, String schema) throws SQLException {
        String previous = connection.getCatalog();
        connection.setCatalog(fold(schema));
        return previous;
    }

    @Override
    public void restoreSessionSchema(Connection connection, String previous) throws SQLException {
        if (previous != null) {
            connection.setCatalog(previous);
        }
    }

    @Override
    public List<String> scriptPreamble() {
        return List.of("SET SESSION explicit_defaults_for_timestamp = 1");
    }

    /** None: DDL commits at once, so there is no transaction to bound; {@link #sessionTimeouts} does it. */
    @Override
    public List<String> transactionTimeouts(Duration lockTimeout, Duration statementTimeout) {
        return List.of();
    }

    /**
     * The lock wait bounds both metadata locks (DDL) and row locks, in whole seconds, at least 1. MariaDB bounds
     * every statement's time; MySQL only a SELECT's, in milliseconds.
     */
    @Override
    public List<String> sessionTimeouts(Duration lockTimeout, Duration statementTimeout) {
        String lockSeconds = lockTimeout == null ? null : Long.toString(Math.max(1, (millis(lockTimeout) + 999) / 1000));
        return nonNull(
                lockSeconds == null ? null : "SET SESSION lock_wait_timeout = " + lockSeconds,
                lockSeconds == null ? null : "SET SESSION innodb_lock_wait_timeout = " + lockSeconds,
                statementTimeout == null ? null : isMySql()
                        ? "SET SESSION max_execution_time = " + millis(statementTimeout)
                        : "SET SESSION max_statement_time = " + BigDecimal.valueOf(millis(statementTimeout), 3).toPlainString());
    }

    @Override
    public List<String> resetSessionTimeouts() {
        return List.of("SET SESSION lock_wait_timeout = DEFAULT", "SET SESSION innodb_lock_wait_timeout = DEFAULT",
                isMySql() ? "SET SESSION max_execution_time = DEFAULT" : "SET SESSION max_statement_time = DEFAULT");
    }

    /** A schema is a database here; without one, the connection's. */
    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = COALESCE(?, DATABASE())"
                + " AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'";
    }

    /**
     * {@code GROUP_CONCAT} stops at {@code group_concat_max_len} (1 MiB on MariaDB, 1 KiB on MySQL): a longer history
     * gets a digest that never matches, and its start reads the rows, as without a digest.
     */
    @Override
    public String appliedSetDigestQuery(String table) {
        return "SELECT COUNT(*), SHA2(COALESCE(GROUP_CONCAT(CONCAT(revision, ' ', state, ' ', "
                + "COALESCE(source_fingerprint, '-')) ORDER BY BINARY revision SEPARATOR ','), ''), 256) FROM " + table;
    }

    @Override
    public MigrationLock lock(String schema, String versionTable) {
        return new MariaDbNamedLock(schema == null ? null : fold(schema), fold(versionTable));
    }

    /**
     * Times keep microseconds unless told otherwise, as PostgreSQL's do; a DECIMAL without precision is
     * DECIMAL(65, 30), JSONB is JSON, and an enum with its values is the column's own ENUM: what the server
     * stores for them.
     */
    private ColumnType withServerDefaults(ColumnType type) {
        return switch (type.kind()) {
            case TIME, TIMESTAMP, TIMESTAMPTZ -> type.precision() != null ? type
                    : new ColumnType(type.kind(), null, 6, null, null, null);
            case NUMERIC -> type.precision() != null ? type : new ColumnType(TypeKind.NUMERIC, null, 65, 30, null, null);
            case JSONB -> Types.JSON;
            case ENUM -> type.values().isEmpty() ? type : Types.raw(enumColumnType(type));
            default -> type;
        };
    }

    /**
     * What the server stores, compared by affinity where Hibernate's DDL and a portable migration name two types
     * that hold the same Java values, as Alembic compares types: an Instant is a DATETIME in Hibernate's DDL and
     * a TIMESTAMPTZ (a TIMESTAMP here) in a portable migration; a boolean is BIT(1) in Hibernate's DDL and the
     * server's BOOLEAN (TINYINT(1)) in a migration. Moving a column between these is a hand-written alterColumn.
     */
    @Override
    public ColumnType stored(ColumnType type) {
        ColumnType stored = withServerDefaults(type);
        return switch (stored.kind()) {
            case TIMESTAMPTZ -> new ColumnType(TypeKind.TIMESTAMP, null, stored.precision(), null, null, null);
            case RAW -> stored.name().equalsIgnoreCase("bit") || stored.name().equalsIgnoreCase("bit(1)")
                    ? Types.BOOLEAN : stored;
            default -> stored;
        };
    }

    /**
     * A BOOLEAN is a TINYINT(1), so TRUE and FALSE are stored as 1 and 0; a time's current value is stored with
     * the column's precision ({@code current_timestamp(6)}), which is the column's one meaning of "now".
     */
    @Override
    public String storedDefault(String expression, ColumnType type) {
        if (expression == null) {
            return null;
        }
        String bare = expression.strip();
        return switch (stored(type).kind()) {
            case BOOLEAN -> bare.equalsIgnoreCase("true") ? "1" : bare.equalsIgnoreCase("false") ? "0" : expression;
            case TIME, TIMESTAMP -> CURRENT_TIME_WITH_PRECISION.matcher(bare).matches() ? "CURRENT_TIMESTAMP" : expression;
            default -> expression;
        };
    }

    @Override
    public SchemaReader schemaReader() {
        return new MariaDbSchemaReader(this);
    }

    @Override
    public MigrationsBackup backup(BackupSettings settings) {
        return new MariaDbDump(settings, isMySql() ? List.of("mysqldump") : List.of("mariadb-dump", "mysqldump"));
    }
}
