package dev.migrations.bench;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server of the benchmark: {@code bench.pg.host}, {@code bench.pg.port}, {@code bench.pg.user} (system
 * properties; default localhost:5432, postgres) and the password in the environment variable {@code PGPASSWORD}
 * (default none), which child JVMs inherit, so that it never appears on a command line or in a log. The benchmark
 * creates and drops only databases of its own, named {@code bench_<run id>_...}.
 */
public record Postgres(String host, int port, String user, String password) {

    public static Postgres fromSystemProperties() {
        return new Postgres(System.getProperty("bench.pg.host", "localhost"),
                Integer.parseInt(System.getProperty("bench.pg.port", "5432")),
                System.getProperty("bench.pg.user", "postgres"),
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    /** The system properties that hand these settings to a child JVM (the password goes by the environment). */
    public String[] systemProperties() {
        return new String[] {"-Dbench.pg.host=" + host, "-Dbench.pg.port=" + port, "-Dbench.pg.user=" + user};
    }

    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * The DataSource of W1, W2 and W4: the driver's own, unpooled, so that every tool opens its connections as it
     * chooses and pays for each.
     */
    public DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        if (!password.isEmpty()) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password.isEmpty() ? null : password);
    }

    public void createDatabase(String name) throws SQLException {
        requireOwn(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
    }

    public void dropDatabase(String name) throws SQLException {
        requireOwn(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    public String serverVersion() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    public static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public String toString() {
        return "Postgres[" + user + "@" + host + ":" + port + "]";
    }

    /** Never touches a database the benchmark did not create. */
    private static void requireOwn(String name) {
        if (!name.matches("bench_[a-z0-9]+_[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a benchmark database: " + name);
        }
    }
}
