package dev.migrations.testing;

import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Finds the PostgreSQL server the tests use, in this order: {@code MIGRATIONS_TEST_JDBC_URL} (with
 * {@code MIGRATIONS_TEST_JDBC_USER} and {@code MIGRATIONS_TEST_JDBC_PASSWORD}); a local server at
 * localhost:5432 as user {@code postgres}; a Testcontainers PostgreSQL when Docker is available.
 * When none is found the tests fail, saying how to provide one.
 */
public final class PostgresServer {

    private static PostgresServer found;

    /** A JDBC URL without a database name, e.g. {@code jdbc:postgresql://localhost:5432/}. */
    private final String serverUrl;
    private final String adminDatabase;
    private final String user;
    private final String password;

    private PostgresServer(String serverUrl, String adminDatabase, String user, String password) {
        this.serverUrl = serverUrl;
        this.adminDatabase = adminDatabase;
        this.user = user;
        this.password = password;
    }

    public static synchronized PostgresServer get() {
        if (found == null) {
            found = find();
        }
        return found;
    }

    private static PostgresServer find() {
        String url = System.getenv("MIGRATIONS_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            PostgresServer server = fromUrl(url, env("MIGRATIONS_TEST_JDBC_USER", "postgres"),
                    env("MIGRATIONS_TEST_JDBC_PASSWORD", ""));
            server.check("MIGRATIONS_TEST_JDBC_URL=" + url);
            return server;
        }
        PostgresServer local = new PostgresServer("jdbc:postgresql://localhost:5432/", "postgres", "postgres", "");
        String localProblem = local.problem();
        if (localProblem == null) {
            return local;
        }
        String dockerProblem;
        try {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
                return fromUrl(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            }
            dockerProblem = "Docker is not available";
        } catch (RuntimeException e) {
            dockerProblem = "Testcontainers could not start PostgreSQL: " + e.getMessage();
        }
        throw new IllegalStateException("No PostgreSQL server for the tests. Tried: MIGRATIONS_TEST_JDBC_URL (not set); "
                + "localhost:5432 as user postgres (" + localProblem + "); Testcontainers (" + dockerProblem + "). "
                + "Provide one: start a local PostgreSQL 14+ accepting user postgres, or set MIGRATIONS_TEST_JDBC_URL "
                + "(and MIGRATIONS_TEST_JDBC_USER, MIGRATIONS_TEST_JDBC_PASSWORD) to a server where that user may "
                + "create databases, or start Docker.");
    }

    private static PostgresServer fromUrl(String url, String user, String password) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalStateException("MIGRATIONS_TEST_JDBC_URL must look like jdbc:postgresql://host:port/database, got " + url);
        }
        String rest = url.substring(slash + 1);
        int query = rest.indexOf('?');
        String database = query < 0 ? rest : rest.substring(0, query);
        return new PostgresServer(url.substring(0, slash + 1), database.isEmpty() ? "postgres" : database, user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private void check(String source) {
        String problem = problem();
        if (problem != null) {
            throw new IllegalStateException("The PostgreSQL server from " + source + " cannot be reached: " + problem);
        }
    }

    private String problem() {
        try (Connection ignored = dataSource(adminDatabase).getConnection()) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    public PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url(database));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(5);
        return dataSource;
    }

    public String url(String database) {
        return serverUrl + database;
    }

    public String adminDatabase() {
        return adminDatabase;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
