package dev.migrations.autoconfigure.command;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.ops.Operations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The runner on an offline migration set: parsing, printing, exit codes; no database involved. */
class MigrationsCommandRunnerTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandExitCode exitCode = new CommandExitCode();

    @Test
    void runsTheCommandPrintsItsResultAndRecordsExitCodeZero() {
        runner(true, "heads").run(null);

        assertThat(exitCode.isSet()).isTrue();
        assertThat(exitCode.getExitCode()).isZero();
        assertThat(out()).isEqualTo("b0b0b0b0 (head)\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void aCommandLineItCannotUnderstandGivesExitCodeOneAndTheCommandsUsage() {
        runner(true, "heads", "extra").run(null);

        assertThat(exitCode.getExitCode()).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("error: Unexpected argument 'extra' for `heads`.\n\nusage: java -jar app.jar "
                + "migrations heads [-v]\n");
    }

    @Test
    void helpGoesToStandardOutputWithExitCodeZero() {
        runner(true, "help", "merge").run(null);

        assertThat(exitCode.getExitCode()).isZero();
        assertThat(out()).startsWith("usage: java -jar app.jar migrations merge -m <message> <revision>... | heads")
                .contains("-m, --message <value>", "--rev-id <value>", "--set <value>", "--json");
    }

    @Test
    void jsonWithoutJacksonIsAClearError() {
        runner(false, "heads", "--json").run(null);

        assertThat(exitCode.getExitCode()).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("FAILED: --json needs Jackson 3 (tools.jackson.core:jackson-databind) on the "
                + "classpath, and this application does not have it. Add "
                + "org.springframework.boot:spring-boot-starter-jackson to its dependencies, or leave out --json.\n");
    }

    @Test
    void jsonIsWrittenWithJackson() {
        runner(true, "heads", "--json").run(null);

        assertThat(out()).startsWith("{").contains("\"command\" : \"heads\"", "\"revision\" : \"b0b0b0b0\"");
    }

    @Test
    void secretsAreMaskedInEverythingPrinted() {
        new MigrationsCommandRunner(List.of("heads", "-v"), commands(), console(), exitCode,
                new SecretRedactor(Set.of("child")), true, new GenericApplicationContext(), false).run(null);

        assertThat(out()).contains("    ****** of base").doesNotContain("child");
    }

    private MigrationsCommandRunner runner(boolean json, String... words) {
        return new MigrationsCommandRunner(List.of(words), commands(), console(), exitCode, new SecretRedactor(Set.of()),
                json, new GenericApplicationContext(), false);
    }

    private static MigrationsCommands commands() {
        MigrationSet set = new MigrationSet("default", Migrations.offline().dialect("h2")
                .migrations(new Base(), new Child()).build(), "heads");
        MigrationClassWriter writer = new MigrationClassWriter(new MigrationsProperties(),
                new DefaultListableBeanFactory(), Path.of(""), Clock.systemUTC());
        return new MigrationsCommands(() -> List.of(set), writer, List::of, ZoneOffset.UTC);
    }

    private CommandConsole console() {
        return new CommandConsole(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Migration(revision = "a0a0a0a0", message = "base")
    public static class Base implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
        }
    }

    @Migration(revision = "b0b0b0b0", revises = "a0a0a0a0", message = "child of base")
    public static class Child implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
        }
    }
}
