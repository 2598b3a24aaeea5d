package dev.migrations.sample.command;

import dev.migrations.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Launches the packaged sample jar as an operator does: {@code java -jar sample-app.jar migrations <command> ...},
 * in its own JVM, and collects its exit code, standard output and standard error. The jar's path comes from
 * the system property {@code sample.jar}, which the failsafe configuration of the sample's pom sets.
 */
final class SampleJar {

    private static final long TIMEOUT_MINUTES = 5;

    private final TestDatabase db;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path workingDirectory;
    private Path extraClasses;

    private SampleJar(TestDatabase db) {
        this.db = db;
    }

    /** The sample, pointed at {@code db} with {@code --spring.datasource.*} arguments. */
    static SampleJar on(TestDatabase db) {
        SampleJar jar = new SampleJar(db);
        jar.properties.put("spring.datasource.url", db.jdbcUrl());
        jar.properties.put("spring.datasource.username", db.user());
        jar.properties.put("spring.datasource.password", db.password());
        return jar;
    }

    /** A {@code --name=value} argument after the command, replacing any earlier one of that name. */
    SampleJar with(String property, String value) {
        properties.put(property, value);
        return this;
    }

    /** Leaves the DataSource to environment variables ({@code SPRING_DATASOURCE_URL}, ...) instead of arguments. */
    SampleJar withDataSourceFromEnvironment() {
        properties.keySet().removeIf(name -> name.startsWith("spring.datasource."));
        environment.put("SPRING_DATASOURCE_URL", db.jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", db.user());
        environment.put("SPRING_DATASOURCE_PASSWORD", db.password());
        return this;
    }

    /** An environment variable of the JVM, as the application's own configuration ({@code LOGGING_LEVEL_...}). */
    SampleJar withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs in {@code directory}, as from a project's root. */
    SampleJar in(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    /**
     * Adds compiled classes to the application, as if they were part of it: the jar is started through Spring
     * Boot's PropertiesLauncher with {@code loader.path}.
     */
    SampleJar withClasses(Path classes) {
        this.extraClasses = classes;
        return this;
    }

    /** Runs {@code migrations <words>} and waits for the JVM to exit. */
    Result run(String... words) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A command-line tool: start fast rather than run fast.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        if (extraClasses == null) {
            command.add("-jar");
            command.add(jar().toString());
        } else {
            command.add("-Dloader.path=" + extraClasses);
            command.add("-cp");
            command.add(jar().toString());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        command.add("migrations");
        command.addAll(List.of(words));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Path out = Files.createTempFile("sample-out", ".txt");
            Path err = Files.createTempFile("sample-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("`migrations " + String.join(" ", words) + "` did not exit within "
                        + TIMEOUT_MINUTES + " minutes:\n" + Files.readString(out) + Files.readString(err));
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path jar() {
        String path = System.getProperty("sample.jar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("The packaged sample jar is needed: run these tests with `mvn verify` "
                    + "(failsafe sets -Dsample.jar=target/sample-app.jar after the package phase); sample.jar is "
                    + (path == null ? "not set" : "'" + path + "', which is not a file") + ".");
        }
        return Path.of(path);
    }

    /** What one launch did. */
    record Result(int exitCode, String out, String err) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
