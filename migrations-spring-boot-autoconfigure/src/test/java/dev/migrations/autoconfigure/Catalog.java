package dev.migrations.autoconfigure;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.List;

/** What a test database holds, read from its information schema (the same query on PostgreSQL and H2). */
record Catalog(JdbcTemplate jdbc) {

    static Catalog of(DataSource dataSource) {
        return new Catalog(new JdbcTemplate(dataSource));
    }

    boolean hasTable(String table) {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", table) > 0;
    }

    boolean hasTable(String schema, String table) {
        return count("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                schema, table) > 0;
    }

    List<String> columns(String table) {
        return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                + "ORDER BY ordinal_position", String.class, table);
    }

    /** The revisions recorded in a version table, sorted. */
    List<String> revisionsIn(String versionTable) {
        return jdbc.queryForList("SELECT revision FROM \"" + versionTable + "\" ORDER BY revision", String.class);
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
