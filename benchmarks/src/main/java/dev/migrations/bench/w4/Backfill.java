package dev.migrations.bench.w4;

import dev.migrations.Migrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * W4, a backfill of every row of {@code w4}: {@code name_upper = upper(name)}, three ways.
 * <ul>
 *   <li>{@code ours}: {@link BackfillMigration} through {@link Migrations} (BatchedUpdate, batches of 10,000 paged by
 *       key, a commit after each);</li>
 *   <li>{@code update}: one plain {@code UPDATE} of the whole table, in one transaction;</li>
 *   <li>{@code offset}: the loop users write by hand: {@code UPDATE ... WHERE id IN (SELECT id ... ORDER BY id
 *       LIMIT 10000 OFFSET k)}, a commit after each batch.</li>
 * </ul>
 */
public final class Backfill {

    public static final String SET = "name_upper = upper(name)";
    public static final int BATCH = 10_000;
    public static final String COUNT_NOT_DONE = "SELECT count(*) FROM w4 WHERE name_upper IS DISTINCT FROM upper(name)";

    private Backfill() {
    }

    public static void run(String variant, DataSource dataSource) throws SQLException {
        switch (variant) {
            case "ours" -> Migrations.builder(dataSource).migrations(new BackfillMigration()).build().upgrade();
            case "update" -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE w4 SET " + SET);
                }
            }
            case "offset" -> offsetLoop(dataSource);
            default -> throw new IllegalArgumentException("W4 variant " + variant + ": ours, update or offset");
        }
    }

    private static void offsetLoop(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement batch = c.prepareStatement("UPDATE w4 SET " + SET
                     + " WHERE id IN (SELECT id FROM w4 ORDER BY id LIMIT ? OFFSET ?)")) {
            c.setAutoCommit(false);
            long offset = 0;
            while (true) {
                batch.setInt(1, BATCH);
                batch.setLong(2, offset);
                int updated = batch.executeUpdate();
                c.commit();
                if (updated == 0) {
                    break;
                }
                offset += BATCH;
            }
        }
    }

    /** Creates the source rows once: {@code rows} rows of {@code w4_source}. */
    public static void createSource(Connection c, long rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE w4_source (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, payload TEXT, "
                    + "name_upper VARCHAR(100))");
            s.execute("INSERT INTO w4_source SELECT g, 'name ' || g, md5(g::text), NULL FROM generate_series(1, "
                    + rows + ") g");
            s.execute("VACUUM ANALYZE w4_source");
        }
    }

    /**
     * Lays out a fresh {@code w4} from the source before each run, vacuumed and analysed, so that every run starts
     * from the same table with no dead rows; and forgets this project's version tables.
     */
    public static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS w4, migrations_version, migrations_version_audit");
            s.execute("CREATE TABLE w4 (LIKE w4_source INCLUDING ALL)");
            s.execute("INSERT INTO w4 SELECT * FROM w4_source");
            s.execute("VACUUM ANALYZE w4");
        }
    }
}
