package dev.migrations.libraryapps;

import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the tests of these applications look at: a command's exit, and the tables of the test database. */
public final class LibraryApps {

    private LibraryApps() {
    }

    public static void assertSucceeded(Run run) {
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    /** The tables of the database's current schema, by name. */
    public static List<String> tables(TestDatabase db) {
        return jdbc(db).queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() ORDER BY table_name", String.class);
    }

    public static JdbcTemplate jdbc(TestDatabase db) {
        return new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.user(), db.password()));
    }
}
