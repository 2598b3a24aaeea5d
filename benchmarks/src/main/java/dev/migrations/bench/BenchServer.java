package dev.migrations.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database server a run measures on, chosen by the system property {@code bench.server} ({@code postgresql}, the
 * default, or {@code mariadb}), which child JVMs inherit. Each server creates and drops only databases of the
 * benchmark's own, named {@code bench_<run id>_...}.
 */
public interface BenchServer {

    static BenchServer fromSystemProperties() {
        String server = System.getProperty("bench.server", "postgresql");
        return switch (server) {
            case "postgresql" -> Postgres.fromSystemProperties();
            case "mariadb" -> MariaDb.fromSystemProperties();
            default -> throw new IllegalArgumentException("bench.server=" + server + ": postgresql or mariadb");
        };
    }

    /** The workload's SQL as this server spells it. */
    Workload workload();

    /** The system properties that hand these settings to a child JVM (a password goes by the environment). */
    String[] systemProperties();

    String url(String database);

    /** The driver's own DataSource, unpooled, so that every tool opens its connections as it chooses and pays for each. */
    DataSource dataSource(String database);

    String user();

    /** Empty when there is none. */
    String password();

    default Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), password().isEmpty() ? null : password());
    }

    void createDatabase(String name) throws SQLException;

    void dropDatabase(String name) throws SQLException;

    /** For the report: the server's product, version and address. */
    String describe() throws SQLException;

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

    /** Never touches a database the benchmark did not create. */
    static void requireOwn(String name) {
        if (!name.matches("bench_[a-z0-9]+_[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a benchmark database: " + name);
        }
    }
}
