package dev.migrations.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

import javax.sql.DataSource;

/**
 * Finds the MySQL server the MySQL tests use: {@code MIGRATIONS_TEST_MYSQL_URL} (with {@code MIGRATIONS_TEST_MYSQL_USER}
 * and {@code MIGRATIONS_TEST_MYSQL_PASSWORD}), else a Testcontainers MySQL 8.4 when Docker is available. There is no
 * local default: port 3306 is MariaDB's on the machines these tests run on. Without either, the MySQL tests are
 * reported as not run (aborted, with this reason), as the MariaDB tests cover the SQL the two servers share.
 */
public final class MySqlServer extends SchemaDatabaseServer {

    private static final String SCHEME = "jdbc:mysql://";
    private static final String URL_VARIABLE = "MIGRATIONS_TEST_MYSQL_URL";

    private static MySqlServer found;

    private MySqlServer(String serverUrl, String user, String password) {
        super(serverUrl, user, password);
    }

    public static synchronized MySqlServer get() {
        if (found != null) {
            return found;
        }
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            found = fromUrl(url, ServerSearch.env("MIGRATIONS_TEST_MYSQL_USER", "root"),
                    ServerSearch.env("MIGRATIONS_TEST_MYSQL_PASSWORD", ""));
            String problem = found.problem();
            if (problem != null) {
                throw new IllegalStateException("The MySQL server from " + URL_VARIABLE + "=" + url
                        + " cannot be reached: " + problem);
            }
            return found;
        }
        String docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable() ? null : "Docker is not available";
        } catch (RuntimeException e) {
            docker = "Docker is not available: " + e.getMessage();
        }
        if (docker != null) {
            throw new TestAbortedException("MySQL tests not run: " + URL_VARIABLE + " is not set and " + docker
                    + ". Set " + URL_VARIABLE + " (jdbc:mysql://host:3306/, with MIGRATIONS_TEST_MYSQL_USER and "
                    + "MIGRATIONS_TEST_MYSQL_PASSWORD) to a MySQL 8 server where that user may create databases, "
                    + "or start Docker.");
        }
        MySQLContainer container = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        found = fromUrl(container.getJdbcUrl(), "root", "test");
        return found;
    }

    private static MySqlServer fromUrl(String url, String user, String password) {
        return new MySqlServer(serverUrl(url, SCHEME, URL_VARIABLE), user, password);
    }

    @Override
    public DataSource dataSource(String database) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(url(database));
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    @Override
    String urlOptions() {
        return "?connectTimeout=5000&allowPublicKeyRetrieval=true&useSSL=false";
    }
}
