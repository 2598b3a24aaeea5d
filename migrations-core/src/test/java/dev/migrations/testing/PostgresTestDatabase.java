package dev.migrations.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

final class PostgresTestDatabase extends TestDatabase {

    private final String name = "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private PostgresServer server;
    private DataSource dataSource;

    @Override
    public void create() {
        server = PostgresServer.get();
        admin("CREATE DATABASE " + name);
        dataSource = server.dataSource(name);
    }

    @Override
    public void drop() {
        if (server != null) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** Every schema a test made goes, with what it holds; {@code public} comes back empty. */
    @Override
    public void reset() {
        execute("""
                DO $$ DECLARE s name; BEGIN
                  FOR s IN SELECT nspname FROM pg_namespace
                           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
                    EXECUTE format('DROP SCHEMA %I CASCADE', s);
                  END LOOP;
                END $$""", "CREATE SCHEMA public");
    }

    private void admin(String sql) {
        try (Connection c = server.dataSource(server.adminDatabase()).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on the test server: " + e.getMessage(), e);
        }
    }

    @Override
    public String jdbcUrl() {
        return server.url(name);
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public String password() {
        return server.password();
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String kind() {
        return "postgres";
    }

    public String name() {
        return name;
    }
}
