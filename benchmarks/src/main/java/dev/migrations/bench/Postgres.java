package dev.migrations.bench;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server of the benchmark: {@code bench.pg.host}, {@code bench.pg.port}, {@code bench.pg.user} (system
 * properties; default localhost:5432, postgres) and the password in the environment variable {@code PGPASSWORD}
 * (default none), which child JVMs inherit, so that it never appears on a command line or in a log. The benchmark
 * creates and drops only databases of its own, named {@code bench_<run id>_...}.
 */
public record Postgres(String host, int port, String user, String password) implements BenchServer {

    public static Postgres fromSystemProperties() {
        return new Postgres(System.getProperty("bench.pg.host", "localhost"),
                Integer.parseInt(System.getProperty("bench.pg.port", "5432")),
                System.getProperty("bench.pg.user", "postgres"),
                System.getenv().getOrDefault("PGPASSWORD", ""));
    }

    @Override
    public Workload workload() {
        return Workload.POSTGRESQL;
    }

    @Override
    public String[] systemProperties() {
        return new String[] {"-Dbench.server=postgresql", "-Dbench.pg.host=" + host, "-Dbench.pg.port=" + port,
                "-Dbench.pg.user=" + user};
    }

    @Override
    public String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The DataSource of W1, W2 and W4: {@code PGSimpleDataSource}. */
    @Override
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

    @Override
    public void createDatabase(String name) throws SQLException {
        BenchServer.requireOwn(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void dropDatabase(String name) throws SQLException {
        BenchServer.requireOwn(name);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Override
    public String describe() throws SQLException {
        return "PostgreSQL " + serverVersion() + " at " + host + ":" + port;
    }

    public String serverVersion() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public String toString() {
        return "Postgres[" + user + "@" + host + ":" + port + "]";
    }
}
