package dev.migrations.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, empty database for one test class, dropped afterwards. Register it as
 * {@code @RegisterExtension static TestDatabase db = TestDatabase.postgres();} (or {@link #mariadb()}, {@link #h2()}).
 */
public abstract class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    /** A fresh PostgreSQL database on the server {@link PostgresServer} finds. */
    public static TestDatabase postgres() {
        return new PostgresTestDatabase();
    }

    /** A fresh MariaDB database on the server {@link MariaDbServer} finds. */
    public static TestDatabase mariadb() {
        return new MariaDbTestDatabase();
    }

    /** A fresh in-memory H2 database. */
    public static TestDatabase h2() {
        return new H2TestDatabase();
    }

    public abstract String jdbcUrl();

    public abstract String user();

    public abstract String password();

    /** A DataSource that opens a new physical connection each time. */
    public abstract DataSource dataSource();

    /** "postgres", "mariadb" or "h2". */
    public abstract String kind();

    public abstract void create();

    public abstract void drop();

    @Override
    public void beforeAll(ExtensionContext context) {
        create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        drop();
    }

    /** Runs SQL on a new connection, for test set-up. */
    public void execute(String... sql) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test set-up SQL failed: " + e.getMessage(), e);
        }
    }

    /** Drops every table, type and sequence, so a test starts on an empty schema. */
    public abstract void reset();
}
