package dev.migrations.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

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
    /** Why this server's tests do not run here (MySQL without a server or Docker), or null. */
    private TestAbortedException notHere;

    abstract TestServer findServer();

    /** Drops the database {@code name}, even while connections to it are open. */
    abstract String dropStatement(String name);

    @Override
    public void create() {
        try {
            server = findServer();
        } catch (TestAbortedException e) {
            // Reported for every test, so that each counts as not run with the reason, not as a class with no tests.
            notHere = e;
            return;
        }
        admin("CREATE DATABASE " + name);
        dataSource = server.dataSource(name);
    }

    @Override
    public void drop() {
        if (server != null) {
            admin(dropStatement(name));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (notHere != null) {
            throw notHere;
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
