package dev.migrations.bench;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB (or MySQL) server of the benchmark: {@code bench.mariadb.host}, {@code bench.mariadb.port},
 * {@code bench.mariadb.user} (system properties; default localhost:3306, root) and the password in the environment
 * variable {@code MARIADB_PASSWORD} (default none), which child JVMs inherit.
 */
public record MariaDb(String host, int port, String user, String password) implements BenchServer {

    public static MariaDb fromSystemProperties() {
        return new MariaDb(System.getProperty("bench.mariadb.host", "localhost"),
                Integer.parseInt(System.getProperty("bench.mariadb.port", "3306")),
                System.getProperty("bench.mariadb.user", "root"),
                System.getenv().getOrDefault("MARIADB_PASSWORD", ""));
    }

    @Override
    public Workload workload() {
        return Workload.MARIADB;
    }

    @Override
    public String[] systemProperties() {
        return new String[] {"-Dbench.server=mariadb", "-Dbench.mariadb.host=" + host, "-Dbench.mariadb.port=" + port,
                "-Dbench.mariadb.user=" + user};
    }

    @Override
    public String url(String database) {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    /** MariaDB Connector/J's own {@code MariaDbDataSource}, which opens a new connection on every call. */
    @Override
    public DataSource dataSource(String database) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(url(database));
            dataSource.setUser(user);
            if (!password.isEmpty()) {
                dataSource.setPassword(password);
            }
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalArgumentException("MariaDB URL " + url(database) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void createDatabase(String name) throws SQLException {
        BenchServer.requireOwn(name);
        try (Connection c = connect(""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void dropDatabase(String name) throws SQLException {
        BenchServer.requireOwn(name);
        try (Connection c = connect(""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    public String describe() throws SQLException {
        try (Connection c = connect("")) {
            return "MariaDB " + BenchServer.queryString(c, "SELECT VERSION()") + " at " + host + ":" + port;
        }
    }

    @Override
    public String toString() {
        return "MariaDb[" + user + "@" + host + ":" + port + "]";
    }
}
