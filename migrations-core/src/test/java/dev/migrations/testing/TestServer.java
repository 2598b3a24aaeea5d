package dev.migrations.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** A database server the tests make their databases on, found by {@link ServerSearch}. */
interface TestServer extends ServerSearch.Candidate {

    /** A DataSource on {@code database}; on {@link #adminDatabase()} for creating and dropping the others. */
    DataSource dataSource(String database);

    /** The database to connect to for administration: PostgreSQL's {@code postgres}, or none at all. */
    String adminDatabase();

    String url(String database);

    String user();

    String password();

    @Override
    default String problem() {
        try (Connection ignored = dataSource(adminDatabase()).getConnection()) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
