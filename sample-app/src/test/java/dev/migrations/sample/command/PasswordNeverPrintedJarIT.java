package dev.migrations.sample.command;

import dev.migrations.sample.command.SampleJar.Result;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Command mode connects as a role with a password, and never prints the password, whatever happens. */
class PasswordNeverPrintedJarIT {

    private static final String ROLE = "cmd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String PASSWORD = "Pw-" + UUID.randomUUID().toString().replace("-", "");

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @BeforeAll
    static void roleWithAPassword() {
        db.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'",
                "GRANT ALL ON SCHEMA public TO " + ROLE);
    }

    @AfterAll
    static void dropRole() {
        db.execute("DROP OWNED BY " + ROLE, "DROP ROLE " + ROLE);
    }

    private SampleJar asRole() {
        return SampleJar.on(db).with("spring.datasource.username", ROLE).with("spring.datasource.password", PASSWORD);
    }

    @Test
    void successfulCommandsNeverPrintThePassword() {
        Result upgrade = asRole().run("upgrade");
        Result history = asRole().run("history", "-v");
        Result json = asRole().run("current", "--json");

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(history.out()).contains("by " + ROLE + "@");
        for (Result result : new Result[] {upgrade, history, json}) {
            assertThat(result.out() + result.err()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void failuresNeverPrintThePasswordEvenWhenItIsInTheUrl() {
        Result unknown = asRole().run("show", "dead00beef00");
        Result noDatabase = asRole()
                .with("spring.datasource.url", db.jdbcUrl() + "_missing?user=" + ROLE + "&password=" + PASSWORD)
                .run("current");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(noDatabase.exitCode()).isEqualTo(1);
        assertThat(noDatabase.err()).contains("FAILED: Cannot connect to the database", "_missing\" does not exist");
        for (Result result : new Result[] {unknown, noDatabase}) {
            assertThat(result.out() + result.err()).doesNotContain(PASSWORD);
        }
    }

    /** A password equal to the user name (postgres/postgres): the user is shown as the endpoint shows it. */
    @Test
    void aPasswordThatIsAlsoTheUserNameLeavesTheUserReadable() {
        db.execute("ALTER ROLE " + ROLE + " PASSWORD '" + ROLE + "'");
        try {
            SampleJar sameAsUser = SampleJar.on(db).with("spring.datasource.username", ROLE)
                    .with("spring.datasource.password", ROLE);
            Result upgrade = sameAsUser.run("upgrade");
            Result history = sameAsUser.run("history", "-v");
            Result inUrl = sameAsUser.with("spring.datasource.url", db.jdbcUrl() + "_missing?password=" + ROLE)
                    .run("current");

            assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
            assertThat(history.out()).contains("by " + ROLE + "@").doesNotContain("by ******@");
            assertThat(inUrl.out() + inUrl.err()).doesNotContain("password=" + ROLE);
        } finally {
            db.execute("ALTER ROLE " + ROLE + " PASSWORD '" + PASSWORD + "'");
        }
    }
}
