package dev.migrations.sample.reliability;

import dev.migrations.testing.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged sample application ({@code target/sample-app.jar}, from the system property {@code sample.jar} that
 * failsafe sets), run in JVMs of its own: as a web application ({@link #startServer}) or in command mode
 * ({@link #command}).
 *
 * <p>Two ways to launch it:
 * <ul>
 *   <li>{@link #packaged()}: {@code java -jar sample-app.jar}, exactly as built;</li>
 *   <li>{@link #withClassDataSharing()}: the same jar as Spring Boot's documentation deploys it for fast starts,
 *       extracted with {@code java -Djarmode=tools -jar sample-app.jar extract} and started with a class data
 *       sharing archive made by one training run ({@code -XX:ArchiveClassesAtExit}). Same classes, same
 *       configuration; about a third of the CPU per start, which is what lets a test start 24 replicas on two
 *       shared cores in a few minutes. Prepared once per test JVM, in a temporary directory.</li>
 * </ul>
 */
final class SampleApp {

    private static final Duration PREPARE_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private static SampleApp classDataSharing;

    /** The JVM options and the launch of the application, up to its first argument. */
    private final List<String> launch;
    /** The JVM options alone, for launches with extra classes on the classpath. */
    private final List<String> options;
    /** The extracted (thin) jar, put on the classpath before extra classes; null for the fat jar. */
    private final Path classpathJar;
    private final String description;

    private SampleApp(List<String> launch, List<String> options, Path classpathJar, String description) {
        this.launch = List.copyOf(launch);
        this.options = List.copyOf(options);
        this.classpathJar = classpathJar;
        this.description = description;
    }

    /** {@code java -jar target/sample-app.jar}. */
    static SampleApp packaged() {
        List<String> launch = new ArrayList<>(jvmOptions());
        launch.add("-jar");
        launch.add(jar().toString());
        return new SampleApp(launch, jvmOptions(), null, "java -jar " + jar().getFileName());
    }

    /** The extracted jar with a class data sharing archive; prepared on first use, once per test JVM. */
    static synchronized SampleApp withClassDataSharing() {
        if (classDataSharing == null) {
            classDataSharing = prepareClassDataSharing();
        }
        return classDataSharing;
    }

    String description() {
        return description;
    }

    private static List<String> jvmOptions() {
        // Small and quick to start: a replica of a service, not a benchmark.
        return List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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

    private static SampleApp prepareClassDataSharing() {
        long start = System.nanoTime();
        try {
            Path directory = Files.createTempDirectory("sample-app-cds");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(directory)));
            Path extracted = directory.resolve("app");
            prepare(List.of(java(), "-Djarmode=tools", "-jar", jar().toString(), "extract", "--destination",
                    extracted.toString()), directory.resolve("extract.log"));
            Path thinJar = extracted.resolve(jar().getFileName());
            Path archive = directory.resolve("sample-app.jsa");

            // The training run: start, migrate a fresh database, refresh the context, exit, write the archive.
            TestDatabase training = TestDatabase.postgres();
            training.create();
            try {
                List<String> train = new ArrayList<>(jvmOptions());
                train.add("-XX:ArchiveClassesAtExit=" + archive);
                train.add("-Dspring.context.exit=onRefresh");
                train.add("-jar");
                train.add(thinJar.toString());
                train.addAll(arguments(Map.of("spring.datasource.url", training.jdbcUrl(),
                        "spring.datasource.username", training.user(), "spring.datasource.password",
                        training.password(), "server.port", "0", "sample.demo-data", "false")));
                prepare(train, directory.resolve("training.log"));
            } finally {
                training.drop();
            }
            List<String> launch = new ArrayList<>(jvmOptions());
            String description = "extracted jar";
            if (Files.isRegularFile(archive)) {
                launch.add("-XX:SharedArchiveFile=" + archive);
                description += " with a class data sharing archive";
            } else {
                System.out.println("No class data sharing archive was written; the replicas start without one.\n"
                        + Files.readString(directory.resolve("training.log")));
            }
            List<String> withJar = new ArrayList<>(launch);
            withJar.add("-jar");
            withJar.add(thinJar.toString());
            System.out.println("Prepared the sample application (" + description + ") in "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            return new SampleApp(withJar, launch, thinJar, description);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full command: the launch, or, with extra classes, the jar and the classes on the classpath. */
    private List<String> command(Path extraClasses, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (extraClasses == null) {
            command.addAll(launch);
        } else if (classpathJar != null) {
            command.addAll(options);
            command.add("-cp");
            command.add(classpathJar + java.io.File.pathSeparator + extraClasses);
            command.add("dev.migrations.sample.SampleApplication");
        } else {
            // The fat jar: Spring Boot's PropertiesLauncher adds the classes through loader.path.
            command.addAll(options);
            command.add("-Dloader.path=" + extraClasses);
            command.add("-cp");
            command.add(jar().toString());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        command.addAll(arguments);
        return command;
    }

    static List<String> arguments(Map<String, String> properties) {
        List<String> arguments = new ArrayList<>();
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments;
    }

    /** The properties that point the application at {@code db}. */
    static Map<String, String> dataSource(TestDatabase db) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", db.jdbcUrl());
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        return properties;
    }

    // --- the web application ------------------------------------------------------------------------------------

    /** Starts the web application on a free port, its output in {@code log}; {@link Server#awaitReady} waits for it. */
    Server startServer(Path log, Map<String, String> properties) {
        return startServer(log, null, properties);
    }

    Server startServer(Path log, Path extraClasses, Map<String, String> properties) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putIfAbsent("server.port", "0");
        try {
            Process process = new ProcessBuilder(command(extraClasses, arguments(all))).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Server(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One running web application. */
    static final class Server implements AutoCloseable {

        private final Process process;
        private final Path log;
        private int port;

        private Server(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        /**
         * Waits until the application serves HTTP and its readiness group is UP (which includes the migrations),
         * failing at once if the JVM exits.
         */
        Server awaitReady(long deadlineNanos, ActuatorClient http) throws InterruptedException {
            while (true) {
                if (!process.isAlive()) {
                    throw new AssertionError("The application exited with " + process.exitValue()
                            + " before it was ready:\n" + tail());
                }
                if (System.nanoTime() > deadlineNanos) {
                    throw new AssertionError("The application was not ready in time:\n" + tail());
                }
                if (port == 0) {
                    Matcher matcher = PORT.matcher(log());
                    if (matcher.find()) {
                        port = Integer.parseInt(matcher.group(1));
                    }
                }
                if (port != 0 && http.isReady(port)) {
                    return this;
                }
                Thread.sleep(200);
            }
        }

        /** Waits for the JVM to exit by itself; returns its exit code. */
        int awaitExit(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The application did not exit within " + timeout.toSeconds() + " s:\n" + tail());
            }
            return process.exitValue();
        }

        int port() {
            return port;
        }

        boolean isAlive() {
            return process.isAlive();
        }

        String log() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(log unreadable: " + e.getMessage() + ")";
            }
        }

        List<String> logLines() {
            return log().lines().toList();
        }

        String tail() {
            List<String> lines = logLines();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        /** Asks the JVM to stop (SIGTERM, a graceful shutdown); does not wait. */
        void stop() {
            process.destroy();
        }

        /** Waits for the JVM to end after {@link #stop()}, killing it if it takes too long. */
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- command mode -------------------------------------------------------------------------------------------

    /** Runs {@code migrations <words>} and waits for the JVM to exit. */
    Result command(Map<String, String> properties, Path extraClasses, String... words) {
        List<String> arguments = new ArrayList<>();
        arguments.add("migrations");
        arguments.addAll(List.of(words));
        arguments.addAll(arguments(properties));
        return launch(command(extraClasses, arguments), null);
    }

    /** Runs {@code migrations <words>} with the given environment added, and waits for the JVM to exit. */
    Result commandWithEnvironment(Map<String, String> properties, Map<String, String> environment, String... words) {
        List<String> arguments = new ArrayList<>();
        arguments.add("migrations");
        arguments.addAll(List.of(words));
        arguments.addAll(arguments(properties));
        return launch(command(null, arguments), environment);
    }

    private static Result launch(List<String> command, Map<String, String> environment) {
        try {
            Path out = Files.createTempFile("sample-out", ".txt");
            Path err = Files.createTempFile("sample-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                if (environment != null) {
                    builder.environment().putAll(environment);
                }
                Process process = builder.start();
                if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                    throw new AssertionError("`" + String.join(" ", command) + "` did not exit within "
                            + COMMAND_TIMEOUT.toSeconds() + " s:\n" + Files.readString(out) + Files.readString(err));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a preparation step, which must succeed within {@link #PREPARE_TIMEOUT}. */
    private static void prepare(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(PREPARE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                throw new AssertionError("`" + String.join(" ", command) + "` did not finish in time:\n"
                        + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("`" + String.join(" ", command) + "` failed with " + process.exitValue() + ":\n"
                    + Files.readString(log));
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    /** What one command-mode launch did. */
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
