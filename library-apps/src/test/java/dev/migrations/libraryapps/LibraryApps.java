package dev.migrations.libraryapps;

import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.testing.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of these applications share: the service started itself on the test database, a command's exit, and
 * the tables of that database.
 */
public final class LibraryApps {

    private LibraryApps() {
    }

    /** Starts the application as the service it is (not a command), on the test database; close it. */
    public static ConfigurableApplicationContext startService(Class<?> application, TestDatabase db,
                                                              String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password()));
        args.addAll(List.of(arguments));
        return new SpringApplication(application).run(args.toArray(String[]::new));
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
