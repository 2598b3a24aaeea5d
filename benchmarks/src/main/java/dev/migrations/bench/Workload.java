package dev.migrations.bench;

/**
 * The SQL of the workload, as the Flyway files and the plain-JDBC floor spell it (the generator,
 * src/build/GenerateWorkloads.java, writes the same text into the Flyway files).
 */
public final class Workload {

    private Workload() {
    }

    public static String createTable(int i) {
        return "CREATE TABLE t_" + i + " (id BIGSERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, payload TEXT, "
                + "created_at TIMESTAMPTZ NOT NULL DEFAULT now())";
    }

    public static String createIndex(int i) {
        return "CREATE INDEX ix_t_" + i + "_name ON t_" + i + " (name)";
    }

    /** The number of workload tables t_1 ... t_N in the database. */
    public static final String COUNT_TABLES = "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
            + "AND tablename ~ '^t_[0-9]+$'";

    /**
     * What t_1 looks like, names of constraints and indexes aside: its columns (type, nullability, default) and its
     * index definitions. Equal across the tools when their workloads are equivalent.
     */
    public static final String SHAPE_OF_T1 = "SELECT (SELECT string_agg(column_name || ' ' || data_type || ' '"
            + " || is_nullable || ' ' || coalesce(column_default, '-'), ', ' ORDER BY ordinal_position)"
            + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 't_1')"
            + " || ' | ' || (SELECT string_agg(regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON'), '; '"
            + " ORDER BY indexdef LIKE '%UNIQUE%' DESC, indexdef) FROM pg_indexes WHERE schemaname = 'public'"
            + " AND tablename = 't_1')";
}
