package dev.migrations.sample.command;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code generate} Maven profile, run by a real Maven on a copy of this repository, as a developer
 * runs it from the README: {@code mvn -pl sample-app -am -Pgenerate -Dmessage="add user phone"}. The copy keeps
 * the repository's own sources untouched; its modules are compiled by that Maven run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateProfileIT {

    private static final Set<String> NOT_COPIED = Set.of("target", ".git", "benchmarks");
    private static final String MIGRATIONS = "sample-app/src/main/java/dev/migrations/sample/migrations";
    private static final String USER = "sample-app/src/main/java/dev/migrations/sample/users/User.java";

    @RegisterExtension
    static TestDatabase postgres = TestDatabase.postgres();

    @TempDir
    static Path copy;

    record Maven(int exitCode, String output) {
    }

    @BeforeAll
    static void copyTheRepository() throws IOException {
        Path root = Path.of(System.getProperty("sample.repository", "..")).toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !excluded(root.relativize(f)))::iterator) {
                Path target = copy.resolve(root.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static boolean excluded(Path relative) {
        for (Path part : relative) {
            if (NOT_COPIED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(1)
    void refusesToRunWithoutAMessage() {
        Maven run = maven(Map.of(), "-Pgenerate");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("The generate profile needs the new revision's message, such as "
                + "-Dmessage=\"add user phone\"");
    }

    @Test
    @Order(1)
    void passesTheSetItIsGivenToTheCommand() {
        Maven run = maven(Map.of(), "-Pgenerate", "-Dmessage=add user phone", "-Dset=reporting");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("No migration set named 'reporting'; this application has default.");
    }

    @Test
    @Order(2)
    void findsNoChangesWhenTheEntitiesMatchTheMigrations() throws IOException {
        List<Path> before = migrationFiles();

        Maven run = maven(Map.of(), "-Pgenerate", "-Dmessage=nothing new");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("The in-memory database starts empty: upgraded it to e7f6ada0098e",
                "No changes detected.");
        assertThat(migrationFiles()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void refusesADatabaseThatIsNotAtTheHeadsPointedAtAsTheDocsSay() throws IOException {
        // The way docs/autogenerate.md gives: the profile sets the run's arguments, so the database goes in JVM
        // arguments (-Dspring-boot.run.arguments would be replaced by the profile's, and the run use H2).
        Maven run = maven(Map.of(), "-Pgenerate", "-Dmessage=add user phone",
                "-Dspring-boot.run.jvmArguments=-Dspring.datasource.url=" + postgres.jdbcUrl()
                        + " -Dspring.datasource.username=" + postgres.user()
                        + " -Dspring.datasource.password=" + postgres.password());

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("The database is not up to date: it is at base (no revision applied)",
                "Run `migrations upgrade` first");
        assertThat(Files.exists(copy.resolve(MIGRATIONS).resolve("AddUserPhone.java"))).isFalse();
    }

    @Test
    @Order(4)
    void writesTheMigrationForAnEntityChangeAndPrintsItsPath() throws IOException {
        Path user = copy.resolve(USER);
        String entity = Files.readString(user);
        String field = "    @Column(name = \"email_address\"";
        assertThat(entity).contains(field);
        Files.writeString(user, entity.replace(field, "    @Column(name = \"phone\", length = 30)\n"
                + "    private String phone;\n\n" + field));

        Maven run = maven(Map.of(), "-Pgenerate", "-Dmessage=add user phone");

        Path written = copy.resolve(MIGRATIONS).resolve("AddUserPhone.java");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Generated " + written,
                "Detected op.addColumn(\"users\", Column.column(\"phone\", Types.varchar(30)))");
        assertThat(run.output().lines().filter(line -> line.startsWith("Detected "))).hasSize(1);
        assertThat(Files.readString(written)).contains("revises = \"e7f6ada0098e\"", "message = \"add user phone\"",
                "op.addColumn(\"users\", Column.column(\"phone\", Types.varchar(30)));");
    }

    private static List<Path> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(copy.resolve(MIGRATIONS))) {
            return files.sorted().toList();
        }
    }

    /** {@code mvn -pl sample-app -am <arguments>} in the copy, with its output. */
    private static Maven maven(Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-B", "-pl", "sample-app", "-am",
                "-Dmaven.test.skip=true"));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("generate", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("Maven did not finish within 10 minutes:\n" + Files.readString(output));
            }
            return new Maven(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Maven running this build (maven.home), else mvn from the PATH. */
    private static String mavenExecutable() {
        String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
