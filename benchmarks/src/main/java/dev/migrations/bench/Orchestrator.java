package dev.migrations.bench;

import dev.migrations.bench.autogen.EntityModel;
import dev.migrations.bench.autogen.Scenario;
import dev.migrations.bench.w4.Backfill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs every workload, each measurement in a fresh JVM, the tools interleaved (A B C D, then B C D A, ...) for the
 * configured rounds, and writes the report. Databases are its own ({@code bench_<run id>_...}) and are dropped at
 * the end, also when it is interrupted.
 */
public final class Orchestrator {

    private static final List<Tool> POSTGRES_TOOLS = List.of(Tool.OURS, Tool.FLYWAY, Tool.LIQUIBASE, Tool.PLAIN);
    private static final List<Tool> MARIADB_TOOLS = List.of(Tool.OURS, Tool.FLYWAY, Tool.PLAIN);
    /** What runs on MariaDB: the two workloads every start pays for. */
    private static final Set<String> MARIADB_WORKLOADS = Set.of("w1", "w2");
    private static final List<String> W4_VARIANTS = List.of("ours", "update", "offset");
    private static final List<Scenario> SCENARIOS = List.of(Scenario.values());

    private final Options options;
    private final BenchServer server = BenchServer.fromSystemProperties();
    private final List<Tool> tools;
    private final Classpaths classpaths;
    private final String prefix;
    private final Path resultsDir;
    private final String javaCommand;
    private final List<Measurement> measurements = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> databases = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> failures = new ArrayList<>();

    private Orchestrator(Options options) throws IOException {
        this.options = options;
        this.classpaths = Classpaths.locate();
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        this.prefix = "bench_" + HexFormat.of().formatHex(random) + "_";
        this.resultsDir = options.results().resolve(LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        this.javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        boolean mariaDb = server.workload() == Workload.MARIADB;
        if (mariaDb && !MARIADB_WORKLOADS.containsAll(options.workloads())) {
            throw new IllegalArgumentException("On MariaDB the benchmark runs " + MARIADB_WORKLOADS + " only, not "
                    + options.workloads() + ": WORKLOADS=w1,w2");
        }
        this.tools = mariaDb ? MARIADB_TOOLS : POSTGRES_TOOLS;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int exit = new Orchestrator(options).run();
        System.exit(exit);
    }

    private int run() throws Exception {
        Files.createDirectories(resultsDir.resolve("logs"));
        log("Results in " + resultsDir + "; databases " + prefix + "*");
        Environment environment = Environment.capture(server, classpaths, options);
        Thread cleanup = new Thread(this::dropAll, "drop-benchmark-databases");
        Runtime.getRuntime().addShutdownHook(cleanup);
        List<JmhRow> jmh = List.of();
        try {
            if (options.runs("w2") || options.runs("w3") || options.runs("profile") || options.runs("jmh")) {
                prepare();
            }
            if (options.runs("w4")) {
                prepareW4();
            }
            if (options.runs("autogen")) {
                prepareAutogen();
            }
            for (int round = 1; round <= options.rounds(); round++) {
                runRound(round);
            }
            if (options.runs("autogen")) {
                profileAutogen();
            }
            if (options.runs("profile")) {
                profile();
            }
            if (options.runs("jmh")) {
                jmh = jmh();
            }
        } finally {
            dropAll();
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
        environment.finish();
        writeCsv();
        Report report = new Report(options, environment, List.copyOf(measurements), jmh, failures);
        Path out = options.out().toAbsolutePath();
        ReportFile.Section only = server.workload() == Workload.MARIADB ? ReportFile.Section.MARIADB
                : options.runsOnly("autogen") ? ReportFile.Section.AUTOGEN : null;
        String written = new ReportFile(out).write(report, only);
        Files.writeString(resultsDir.resolve("benchmarks.md"), written);
        log("Report written to " + out);
        if (!failures.isEmpty()) {
            log(failures.size() + " measurement(s) failed:");
            failures.forEach(f -> log("  " + f));
            return 1;
        }
        return 0;
    }

    // --- set-up ---------------------------------------------------------------------------------

    /** One database per tool and size, migrated to head by that tool: the start state of W2, W3 and JMH. */
    private void prepare() throws Exception {
        for (int n : options.sizes()) {
            for (Tool tool : tools) {
                String db = createDatabase(tool.id() + "_n" + n);
                Measurement m = launch("prepare", tool.id(), n, 0, tool, List.of("child", "w1", tool.id(),
                        Integer.toString(n), db));
                if (!m.ok()) {
                    throw new IllegalStateException("Could not prepare " + db + " with " + tool.label() + ": see " + m.log());
                }
            }
        }
    }

    private String preparedDatabase(Tool tool, int n) {
        return prefix + tool.id() + "_n" + n;
    }

    private void prepareW4() throws SQLException {
        String db = createDatabase("w4");
        log("W4: creating " + options.w4Rows() + " rows");
        try (Connection c = server.connect(db)) {
            Backfill.createSource(c, options.w4Rows());
        }
    }

    /**
     * One database per autogenerate scenario: (a) left empty, (b) brought to the model, (c) brought to the model
     * and then changed. Autogenerate only reads them, so every round reuses them.
     */
    private void prepareAutogen() throws Exception {
        for (Scenario scenario : SCENARIOS) {
            String db = createDatabase(scenario.databaseSuffix());
            if (scenario == Scenario.EMPTY) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of("autogen", "prepare", db));
            if (scenario == Scenario.DRIFTED) {
                args.add("--drift");
            }
            Measurement m = launch("prepare-autogen", scenario.id(), EntityModel.ENTITIES, 0, classpaths.forAutogen(), args);
            if (!m.ok()) {
                throw new IllegalStateException("Could not prepare " + db + " for autogenerate: see " + m.log());
            }
        }
    }

    // --- the rounds -----------------------------------------------------------------------------

    private void runRound(int round) throws Exception {
        List<Tool> order = rotated(tools, round);
        for (int n : options.sizes()) {
            if (options.runs("w1")) {
                for (Tool tool : order) {
                    String db = createDatabase("w1_" + tool.id() + "_n" + n + "_r" + round);
                    launch("w1", tool.id(), n, round, tool, List.of("child", "w1", tool.id(), Integer.toString(n), db));
                    dropDatabase(db);
                }
            }
            if (options.runs("w2")) {
                for (Tool tool : order) {
                    launch("w2", tool.id(), n, round, tool, List.of("child", "w2", tool.id(), Integer.toString(n),
                            preparedDatabase(tool, n)));
                }
            }
            if (options.runs("w3")) {
                for (Tool tool : order) {
                    launch("w3", tool.id(), n, round, tool, List.of("boot", tool.id(), Integer.toString(n),
                            preparedDatabase(tool, n)));
                }
            }
        }
        if (options.runs("autogen")) {
            for (Scenario scenario : rotated(SCENARIOS, round)) {
                launch("autogen", scenario.id(), EntityModel.ENTITIES, round, classpaths.forAutogen(),
                        List.of("autogen", "measure", scenario.id(), prefix + scenario.databaseSuffix()));
            }
        }
        if (options.runs("w4")) {
            String db = prefix + "w4";
            for (String variant : rotated(W4_VARIANTS, round)) {
                try (Connection c = server.connect(db)) {
                    Backfill.reset(c);
                }
                launch("w4", variant, options.w4Rows(), round, Tool.OURS, List.of("child", "w4", variant,
                        Long.toString(options.w4Rows()), db));
            }
        }
    }

    private static <T> List<T> rotated(List<T> items, int round) {
        List<T> order = new ArrayList<>(items);
        Collections.rotate(order, -((round - 1) % items.size()));
        return order;
    }

    // --- profile and JMH ------------------------------------------------------------------------

    /** Counting runs at the target size: round trips, catalog queries and commits of W1 and W2, per tool. */
    private void profile() throws Exception {
        int n = options.targetSize();
        for (Tool tool : tools) {
            String db = createDatabase("p1_" + tool.id() + "_n" + n);
            Path w1 = resultsDir.resolve("statements-w1-" + tool.id() + "-n" + n + ".sql");
            launch("profile-w1", tool.id(), n, 0, tool, List.of("child", "w1", tool.id(), Integer.toString(n), db,
                    "--count", w1.toString()));
            dropDatabase(db);
            Path w2 = resultsDir.resolve("statements-w2-" + tool.id() + "-n" + n + ".sql");
            launch("profile-w2", tool.id(), n, 0, tool, List.of("child", "w2", tool.id(), Integer.toString(n),
                    preparedDatabase(tool, n), "--count", w2.toString()));
        }
    }

    /** One counting run per autogenerate scenario: the live read's round trips, and the generated classes. */
    private void profileAutogen() throws Exception {
        for (Scenario scenario : SCENARIOS) {
            launch("profile-autogen", scenario.id(), EntityModel.ENTITIES, 0, classpaths.forAutogen(),
                    List.of("autogen", "measure", scenario.id(), prefix + scenario.databaseSuffix(), "--profile",
                            resultsDir.toString()));
        }
    }

    private List<JmhRow> jmh() throws Exception {
        List<JmhRow> rows = new ArrayList<>();
        String iterations = options.quick() ? "-wi 1 -w 1s -i 2 -r 1s" : "-wi 5 -w 1s -i 5 -r 1s";
        String jvmArgs = String.join(" ", server.systemProperties()) + " -Dliquibase.analytics.enabled=false";
        rows.addAll(runJmh("WarmNoOpBenchmark", List.of("-p", "n=" + options.targetSize(), "-p",
                "databasePrefix=" + prefix), iterations, jvmArgs));
        rows.addAll(runJmh("BuildBenchmark", List.of("-p", "n=" + String.join(",",
                options.sizes().stream().map(String::valueOf).toList())), iterations, jvmArgs));
        return rows;
    }

    private List<JmhRow> runJmh(String benchmark, List<String> params, String iterations, String jvmArgs)
            throws Exception {
        Path csv = resultsDir.resolve("jmh-" + benchmark + ".csv");
        List<String> command = new ArrayList<>(List.of(javaCommand, "-cp", classpaths.runnableJar().toString(),
                Bench.class.getName(), "jmh", benchmark, "-f", "1"));
        command.addAll(List.of(iterations.split(" ")));
        command.addAll(params);
        command.addAll(List.of("-jvmArgsAppend", jvmArgs, "-rf", "csv", "-rff", csv.toString()));
        Path logFile = resultsDir.resolve("logs").resolve("jmh-" + benchmark + ".log");
        log("JMH " + benchmark + " ...");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        if (!process.waitFor(2, TimeUnit.HOURS) || process.exitValue() != 0 || !Files.exists(csv)) {
            process.destroyForcibly();
            failures.add("JMH " + benchmark + ": see " + logFile);
            return List.of();
        }
        return JmhRow.parseCsv(Files.readAllLines(csv));
    }

    // --- child JVMs -----------------------------------------------------------------------------

    private Measurement launch(String workload, String subject, long n, int round, Tool classpathOf,
                               List<String> mainArgs) throws IOException, InterruptedException {
        return launch(workload, subject, n, round, classpaths.forTool(classpathOf, server.workload(), n), mainArgs);
    }

    private Measurement launch(String workload, String subject, long n, int round, String classpath,
                               List<String> mainArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(javaCommand);
        command.addAll(options.childJvmArgs());
        command.addAll(List.of(server.systemProperties()));
        command.add("-Dliquibase.analytics.enabled=false");
        command.add("-cp");
        command.add(classpath);
        command.add(Bench.class.getName());
        command.addAll(mainArgs);
        Path logFile = resultsDir.resolve("logs").resolve(workload + "-" + subject + "-n" + n + "-r" + round + ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        boolean finished = process.waitFor(1, TimeUnit.HOURS);
        double wallMs = (System.nanoTime() - start) / 1e6;
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        Map<String, String> values = Result.parse(Files.readAllLines(logFile));
        boolean ok = finished && process.exitValue() == 0 && values != null;
        Measurement m = new Measurement(workload, subject, n, round, values, wallMs, ok, logFile);
        measurements.add(m);
        String label = String.format("%-10s %-9s %-6s round %d", workload, subject, (workload.equals("w4") ? "rows=" : "N=") + n, round);
        if (ok) {
            log(label + ": " + values.get("ms") + " ms (process " + Math.round(wallMs) + " ms, peak RSS "
                    + Long.parseLong(values.getOrDefault("hwm_kb", "-1")) / 1024 + " MiB)");
        } else {
            failures.add(label + ": exit " + (finished ? process.exitValue() : "timeout") + ", see " + logFile);
            log(label + ": FAILED, see " + logFile);
        }
        return m;
    }

    // --- databases ------------------------------------------------------------------------------

    private String createDatabase(String suffix) throws SQLException {
        String name = prefix + suffix;
        server.dropDatabase(name);
        server.createDatabase(name);
        databases.add(name);
        return name;
    }

    private void dropDatabase(String name) throws SQLException {
        server.dropDatabase(name);
        databases.remove(name);
    }

    private void dropAll() {
        List<String> names;
        synchronized (databases) {
            names = new ArrayList<>(databases);
        }
        for (String name : names) {
            try {
                dropDatabase(name);
            } catch (SQLException e) {
                System.err.println("Could not drop " + name + ": " + e.getMessage());
            }
        }
    }

    private void writeCsv() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("workload,subject,n,round,ok,wall_ms,key,value");
        synchronized (measurements) {
            for (Measurement m : measurements) {
                String head = m.workload() + "," + m.subject() + "," + m.n() + "," + m.round() + "," + m.ok() + ","
                        + String.format(java.util.Locale.ROOT, "%.1f", m.wallMs()) + ",";
                if (m.values() == null) {
                    lines.add(head + ",");
                } else {
                    m.values().forEach((k, v) -> lines.add(head + k + ",\"" + v.replace("\"", "\"\"") + "\""));
                }
            }
        }
        Files.write(resultsDir.resolve("measurements.csv"), lines);
    }

    private static void log(String line) {
        System.out.println("[bench " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + line);
    }
}
