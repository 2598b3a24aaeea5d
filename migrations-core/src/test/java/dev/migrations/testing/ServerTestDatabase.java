package dev.migrations.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A database of its own on a test server: created before the test class, dropped after it. */
abstract class ServerTestDatabase extends TestDatabase {

    protected final String name = "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private TestServer server;
    private DataSource dataSource;

    abstract TestServer findServer();

    /** Drops the database {@code name}, even while connections to it are open. */
    abstract String dropStatement(String name);

    @Override
    public void create() {
        server = findServer();
        admin("CREATE DATABASE " + name);
        dataSource = server.dataSource(name);
    }

    @Override
    public void drop() {
        if (server != null) {
            admin(dropStatement(name));
        }
    }

    protected void admin(String sql) {
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
}
