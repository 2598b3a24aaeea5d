package dev.migrations.sample.reliability;

import dev.migrations.sample.reliability.SampleApp.Result;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Command mode never prints a password: what {@code dev.migrations.sample.command.PasswordNeverPrintedJarIT} does not
 * cover. There the password is a property; here it is only inside the JDBC URL ({@code ?password=}), for commands
 * that succeed and print a lot ({@code upgrade}, {@code history -v}, {@code current --json}, {@code check},
 * {@code upgrade head --sql}); it comes from the environment ({@code SPRING_DATASOURCE_PASSWORD}) for a command that
 * fails on a bad target; and it is a property while Spring Boot's debug report is on ({@code --debug=true}).
 */
class CommandModeNeverPrintsPasswordsIT {

    private static final String ROLE = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String PASSWORD = "Pw" + UUID.randomUUID().toString().replace("-", "");

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @BeforeAll
    static void roleWithAPassword() {
        db.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'", "GRANT ALL ON SCHEMA public TO " + ROLE);
    }

    @AfterAll
    static void dropRole() {
        db.execute("DROP OWNED BY " + ROLE, "DROP ROLE " + ROLE);
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aPasswordInTheUrlInTheEnvironmentOrUnderDebugIsNeverPrinted() {
        SampleApp app = SampleApp.withClassDataSharing();
        Map<String, String> passwordInUrl = Map.of("spring.datasource.url",
                db.jdbcUrl() + "?user=" + ROLE + "&password=" + PASSWORD);

        Result upgrade = app.command(passwordInUrl, null, "upgrade");
        Result history = app.command(passwordInUrl, null, "history", "-v");
        Result current = app.command(passwordInUrl, null, "current", "--json");
        Result check = app.command(passwordInUrl, null, "check");
        Result sql = app.command(passwordInUrl, null, "upgrade", "head", "--sql");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(history.out()).as(history.toString()).contains("by " + ROLE + "@");
        assertThat(current.exitCode()).as(current.toString()).isZero();
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(sql.out()).as(sql.toString()).contains("CREATE TABLE \"users\"");

        Map<String, String> userOnly = new LinkedHashMap<>();
        userOnly.put("spring.datasource.url", db.jdbcUrl());
        userOnly.put("spring.datasource.username", ROLE);
        Result badTarget = app.commandWithEnvironment(userOnly, Map.of("SPRING_DATASOURCE_PASSWORD", PASSWORD),
                "downgrade", "nowhere");
        assertThat(badTarget.exitCode()).as(badTarget.toString()).isEqualTo(1);
        assertThat(badTarget.err()).contains("Unknown revision 'nowhere'");

        Map<String, String> withProperty = new LinkedHashMap<>(userOnly);
        withProperty.put("spring.datasource.password", PASSWORD);
        withProperty.put("debug", "true");
        Result debug = app.command(withProperty, null, "current");
        assertThat(debug.exitCode()).as(debug.toString()).isZero();

        for (Result result : List.of(upgrade, history, current, check, sql, badTarget, debug)) {
            assertThat(result.out() + result.err()).as(result.toString()).doesNotContain(PASSWORD);
        }
    }
}
