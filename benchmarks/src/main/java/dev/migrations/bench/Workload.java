package dev.migrations.bench;

/**
 * The SQL of the workload on each server, as the Flyway files and the plain-JDBC floor spell it (the generator,
 * src/build/GenerateWorkloads.java, writes the same text into the Flyway files), and the queries that check what
 * a tool left behind.
 */
public enum Workload {

    /** {@code t_i (id BIGSERIAL PRIMARY KEY, ..., created_at TIMESTAMPTZ ...)}. */
    POSTGRESQL("dev.migrations.bench.gen.n", "bench/flyway/n", "42P01",
            "CREATE TABLE plain_history (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "installed_on TIMESTAMPTZ NOT NULL DEFAULT now())",
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t_[0-9]+$'",
            // Names of constraints and indexes aside: t_1's columns (type, nullability, default) and its index definitions.
            "SELECT (SELECT string_agg(column_name || ' ' || data_type || ' '"
                    + " || is_nullable || ' ' || coalesce(column_default, '-'), ', ' ORDER BY ordinal_position)"
                    + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 't_1')"
                    + " || ' | ' || (SELECT string_agg(regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON'), '; '"
                    + " ORDER BY indexdef LIKE '%UNIQUE%' DESC, indexdef) FROM pg_indexes WHERE schemaname = 'public'"
                    + " AND tablename = 't_1')"),

    /** {@code t_i (id BIGINT AUTO_INCREMENT PRIMARY KEY, ..., payload LONGTEXT, created_at TIMESTAMP(6) ...)}. */
    MARIADB("dev.migrations.bench.gen.mariadb.n", "bench/flyway-mariadb/n", "42S02",
            "CREATE TABLE plain_history (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "installed_on TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6))",
            "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME REGEXP '^t_[0-9]+$'",
            "SELECT CONCAT((SELECT GROUP_CONCAT(CONCAT_WS(' ', COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE,"
                    + " COALESCE(COLUMN_DEFAULT, '-'), EXTRA) ORDER BY ORDINAL_POSITION SEPARATOR ', ')"
                    + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't_1'), ' | ',"
                    + " (SELECT GROUP_CONCAT(CONCAT(IF(NON_UNIQUE = 0, 'UNIQUE ', ''), 'INDEX ON (', COLUMN_NAME, ')')"
                    + " ORDER BY NON_UNIQUE, COLUMN_NAME SEPARATOR '; ') FROM information_schema.STATISTICS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't_1'))");

    /** Liquibase's changelogs, measured on PostgreSQL only. */
    private static final String LIQUIBASE_PREFIX = "bench/liquibase/n";

    private final String javaPackagePrefix;
    private final String flywayLocationPrefix;
    private final String undefinedTableState;
    private final String createPlainHistory;
    private final String countTables;
    private final String shapeOfT1;

    Workload(String javaPackagePrefix, String flywayLocationPrefix, String undefinedTableState, String createPlainHistory,
             String countTables, String shapeOfT1) {
        this.javaPackagePrefix = javaPackagePrefix;
        this.flywayLocationPrefix = flywayLocationPrefix;
        this.undefinedTableState = undefinedTableState;
        this.createPlainHistory = createPlainHistory;
        this.countTables = countTables;
        this.shapeOfT1 = shapeOfT1;
    }

    public String createTable(int i) {
        return switch (this) {
            case POSTGRESQL -> "CREATE TABLE t_" + i + " (id BIGSERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                    + "payload TEXT, created_at TIMESTAMPTZ NOT NULL DEFAULT now())";
            case MARIADB -> "CREATE TABLE t_" + i + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                    + "payload LONGTEXT, created_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6))";
        };
    }

    public String createIndex(int i) {
        return "CREATE INDEX ix_t_" + i + "_name ON t_" + i + " (name)";
    }

    /** The package of the generated {@code @Migration} classes and their {@code Revisions} for N. */
    public String javaPackage(int n) {
        return javaPackagePrefix + n;
    }

    /** Where Flyway finds the SQL files for N. */
    public String flywayLocation(int n) {
        return "classpath:" + flywayLocationPrefix + n;
    }

    /** Liquibase's changelog for N. */
    public static String liquibaseChangelog(int n) {
        return LIQUIBASE_PREFIX + n + ".xml";
    }

    /**
     * The N whose workload on this server an entry of the workloads jar belongs to (its classes, its Flyway files,
     * its Liquibase changelog), or -1 for an entry of no workload.
     */
    public long sizeOwning(String entryName) {
        long n = sizeAfter(entryName, javaPackagePrefix.replace('.', '/'), "/");
        if (n < 0) {
            n = sizeAfter(entryName, flywayLocationPrefix, "/");
        }
        if (n < 0 && this == POSTGRESQL) {
            n = sizeAfter(entryName, LIQUIBASE_PREFIX, ".xml");
        }
        return n;
    }

    /** The digits right after {@code prefix}, when {@code end} follows them; else -1. */
    private static long sizeAfter(String entryName, String prefix, String end) {
        if (!entryName.startsWith(prefix)) {
            return -1;
        }
        int digitsEnd = prefix.length();
        while (digitsEnd < entryName.length() && Character.isDigit(entryName.charAt(digitsEnd))) {
            digitsEnd++;
        }
        return digitsEnd > prefix.length() && entryName.startsWith(end, digitsEnd)
                ? Long.parseLong(entryName.substring(prefix.length(), digitsEnd)) : -1;
    }

    /** The SQLSTATE of a query on a table that does not exist yet. */
    public String undefinedTableState() {
        return undefinedTableState;
    }

    public String createPlainHistory() {
        return createPlainHistory;
    }

    /** The number of workload tables t_1 ... t_N in the database. */
    public String countTables() {
        return countTables;
    }

    /** What t_1 looks like, names of constraints and indexes aside; equal across the tools when their workloads are. */
    public String shapeOfT1() {
        return shapeOfT1;
    }
}
