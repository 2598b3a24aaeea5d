package dev.migrations.testing;

import org.postgresql.ds.PGSimpleDataSource;
import org.testcontainers.postgresql.PostgreSQLContainer;


/**
 * Finds the PostgreSQL server the tests use, in this order: {@code MIGRATIONS_TEST_JDBC_URL} (with
 * {@code MIGRATIONS_TEST_JDBC_USER} and {@code MIGRATIONS_TEST_JDBC_PASSWORD}); a local server at
 * localhost:5432 as user {@code postgres}; a Testcontainers PostgreSQL when Docker is available.
 * When none is found the tests fail, saying how to provide one.
 */
public final class PostgresServer implements TestServer {

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
        return ServerSearch.find("PostgreSQL", "MIGRATIONS_TEST_JDBC_URL",
                url -> fromUrl(url, ServerSearch.env("MIGRATIONS_TEST_JDBC_USER", "postgres"),
                        ServerSearch.env("MIGRATIONS_TEST_JDBC_PASSWORD", "")),
                new PostgresServer("jdbc:postgresql://localhost:5432/", "postgres", "postgres", ""),
                "localhost:5432 as user postgres", PostgresServer::container,
                "start a local PostgreSQL 14+ accepting user postgres, or set MIGRATIONS_TEST_JDBC_URL (and "
                        + "MIGRATIONS_TEST_JDBC_USER, MIGRATIONS_TEST_JDBC_PASSWORD) to a server where that user may "
                        + "create databases, or start Docker.");
    }

    private static PostgresServer container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return fromUrl(container.getJdbcUrl(), container.getUsername(), container.getPassword());
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

    @Override
    public PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url(database));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(5);
        return dataSource;
    }

    @Override
    public String url(String database) {
        return serverUrl + database;
    }

    @Override
    public String adminDatabase() {
        return adminDatabase;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }
}
