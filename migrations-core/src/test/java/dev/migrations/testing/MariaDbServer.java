package dev.migrations.testing;

import org.mariadb.jdbc.MariaDbDataSource;
import org.testcontainers.mariadb.MariaDBContainer;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Finds the MariaDB server the tests use, in this order: {@code MIGRATIONS_TEST_MARIADB_URL} (with
 * {@code MIGRATIONS_TEST_MARIADB_USER} and {@code MIGRATIONS_TEST_MARIADB_PASSWORD}); a local server at
 * 127.0.0.1:3306 as user {@code root} without a password; a Testcontainers MariaDB when Docker is available.
 * When none is found the tests fail, saying how to provide one.
 */
public final class MariaDbServer extends SchemaDatabaseServer {

    private static final String SCHEME = "jdbc:mariadb://";

    private static MariaDbServer found;

    private MariaDbServer(String serverUrl, String user, String password) {
        super(serverUrl, user, password);
    }

    public static synchronized MariaDbServer get() {
        if (found == null) {
            found = ServerSearch.find("MariaDB", "MIGRATIONS_TEST_MARIADB_URL",
                    url -> fromUrl(url, ServerSearch.env("MIGRATIONS_TEST_MARIADB_USER", "root"),
                            ServerSearch.env("MIGRATIONS_TEST_MARIADB_PASSWORD", "")),
                    new MariaDbServer(SCHEME + "127.0.0.1:3306/", "root", ""),
                    "127.0.0.1:3306 as user root without a password", MariaDbServer::container,
                    "start a local MariaDB 10.6+ accepting user root without a password, or set "
                            + "MIGRATIONS_TEST_MARIADB_URL (and MIGRATIONS_TEST_MARIADB_USER, "
                            + "MIGRATIONS_TEST_MARIADB_PASSWORD) to a server where that user may create databases, "
                            + "or start Docker.");
        }
        return found;
    }

    private static MariaDbServer container() {
        MariaDBContainer container = new MariaDBContainer("mariadb:10.11").withUsername("root").withPassword("test");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return fromUrl(container.getJdbcUrl(), "root", "test");
    }

    private static MariaDbServer fromUrl(String url, String user, String password) {
        return new MariaDbServer(serverUrl(url, SCHEME, "MIGRATIONS_TEST_MARIADB_URL"), user, password);
    }

    /** A DataSource on {@code database}, or on no database when it is empty. */
    @Override
    public DataSource dataSource(String database) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(url(database));
            dataSource.setUser(user());
            dataSource.setPassword(password());
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException("Not a MariaDB JDBC URL: " + url(database), e);
        }
    }

    @Override
    String urlOptions() {
        return "?connectTimeout=5000";
    }
}
