package dev.migrations.reliability;

import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the test classpath run in a JVM of its own, so that it can be killed with SIGKILL
 * ({@link Process#destroyForcibly()}) as the kernel kills a container: no shutdown hook, no finally block, no
 * chance to release anything. Its output goes to a file, for the failure message of the test.
 */
final class ChildJvm implements AutoCloseable {

    private static final Duration EXIT_WAIT = Duration.ofSeconds(20);

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ChildJvm start(Class<?> main, String... args) {
        return start(List.of(), main, args);
    }

    /** With JVM options of its own, such as {@code -Duser.timezone=...}. */
    static ChildJvm start(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Short-lived and killed early: start fast, stay small.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xmx128m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("child-" + main.getSimpleName(), ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            return new ChildJvm(process, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In the child: the database its arguments name. PostgreSQL sessions are named {@code applicationName};
     * MariaDB has no such name, and its probe counts the sessions on the test's own database instead.
     */
    static DataSource dataSource(String url, String user, String password, String applicationName) {
        if (url.startsWith("jdbc:mariadb:")) {
            try {
                MariaDbDataSource dataSource = new MariaDbDataSource(url);
                dataSource.setUser(user);
                dataSource.setPassword(password);
                return dataSource;
            } catch (SQLException e) {
                throw new IllegalArgumentException(url, e);
            }
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setApplicationName(applicationName);
        return dataSource;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** Waits for the child to end by itself; returns its exit code. */
    int awaitExit() {
        return awaitExit(EXIT_WAIT);
    }

    /** Waits up to {@code wait} for a child with long work of its own to end by itself; returns its exit code. */
    int awaitExit(Duration wait) {
        try {
            if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                throw new AssertionError("The child JVM did not exit within " + wait.toSeconds() + " s:\n"
                        + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the child printed so far. */
    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // a temporary file
        }
    }
}
