package dev.migrations.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh, empty database for one test class, dropped afterwards. Register it as
 * {@code @RegisterExtension static TestDatabase db = TestDatabase.postgres();} (or {@link #mariadb()}, {@link #mysql()},
 * {@link #h2()}).
 */
public abstract class TestDatabase implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** A fresh PostgreSQL database on the server {@link PostgresServer} finds. */
    public static TestDatabase postgres() {
        return new PostgresTestDatabase();
    }

    /** A fresh MariaDB database on the server {@link MariaDbServer} finds. */
    public static TestDatabase mariadb() {
        return new MariaDbTestDatabase(false);
    }

    /**
     * A fresh MySQL database on the server {@link MySqlServer} finds: where none is given and Docker is missing, the
     * test class is reported as not run, with the reason.
     */
    public static TestDatabase mysql() {
        return new MariaDbTestDatabase(true);
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

    /**
     * A HikariCP pool on this database of at most {@code size} connections, handed out in auto-commit or not (as
     * applications tuned for JPA configure theirs); close it after use. Waiting for a connection fails fast.
     */
    public HikariDataSource pool(int size, boolean autoCommit) {
        return pool(user(), password(), size, autoCommit);
    }

    /** {@link #pool(int, boolean)} as another user of the server. */
    public HikariDataSource pool(String user, String password, int size, boolean autoCommit) {
        HikariConfig config = new HikariConfig();
        // Only an H2 admin may set the close delay; the test's own connection keeps the database open anyway.
        config.setJdbcUrl(user.equals(user()) ? jdbcUrl() : jdbcUrl().replace(";DB_CLOSE_DELAY=-1", ""));
        config.setUsername(user);
        config.setPassword(password);
        config.setAutoCommit(autoCommit);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(1000);
        return new HikariDataSource(config);
    }

    /** "postgres", "mariadb", "mysql" or "h2". */
    public abstract String kind();

    public abstract void create();

    public abstract void drop();

    @Override
    public void beforeAll(ExtensionContext context) {
        create();
    }

    /** Nothing by default; a database that could not be found says so here, for each test. */
    @Override
    public void beforeEach(ExtensionContext context) {
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

    /** The first column of every row {@code query} returns, as text. */
    public List<String> strings(String query) {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + query + ": " + e.getMessage(), e);
        }
    }

    /** Drops every table, type and sequence, so a test starts on an empty schema. */
    public abstract void reset();
}
