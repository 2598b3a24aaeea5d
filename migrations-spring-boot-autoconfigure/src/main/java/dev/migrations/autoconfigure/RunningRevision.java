package dev.migrations.autoconfigure;

import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The connection of the revision running on this thread, for the JdbcTemplate, NamedParameterJdbcTemplate or
 * JdbcClient a migration takes in its constructor.
 * <p>
 * Why not the application's JdbcTemplate bean: it waits for the migrations to finish (that is the point of
 * migrating first), so a migration asking for it would wait for itself. And the revision's own connection is
 * the right one anyway: the migration's queries join the revision's transaction and see its uncommitted DDL.
 */
final class RunningRevision {

    private final ThreadLocal<Supplier<Connection>> connection = new ThreadLocal<>();

    /** Runs {@code body} with {@code source} as this thread's revision connection. */
    <T> T runWith(Supplier<Connection> source, Body<T> body) throws Throwable {
        Supplier<Connection> previous = connection.get();
        connection.set(source);
        try {
            return body.run();
        } finally {
            if (previous == null) {
                connection.remove();
            } else {
                connection.set(previous);
            }
        }
    }

    /** A DataSource whose every connection is the running revision's; closing one leaves the revision's open. */
    DataSource dataSource() {
        return new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                Supplier<Connection> source = connection.get();
                if (source == null) {
                    throw new IllegalStateException("A migration's JdbcTemplate, NamedParameterJdbcTemplate or "
                            + "JdbcClient works only while its upgrade or downgrade runs: it uses the revision's "
                            + "own connection and transaction.");
                }
                return new SingleConnectionDataSource(source.get(), true).getConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }
        };
    }

    /** What runs with a revision connection bound; it may throw anything the migration throws. */
    @FunctionalInterface
    interface Body<T> {
        T run() throws Throwable;
    }
}
