package dev.migrations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes docs/benchmarks.md from the measurements: medians, ranges, ratios to the floor, and the targets. */
final class Report {

    private static final List<String> TOOL_ORDER = List.of("ours", "flyway", "liquibase", "plain");
    private static final List<String> MARIADB_TOOL_ORDER = List.of("ours", "flyway", "plain");
    private static final List<String> W4_ORDER = List.of("ours", "update", "offset");

    private final Options options;
    private final Environment environment;
    private final List<Measurement> measurements;
    private final List<JmhRow> jmh;
    private final List<String> failures;
    private final StringBuilder md = new StringBuilder();

    Report(Options options, Environment environment, List<Measurement> measurements, List<JmhRow> jmh,
           List<String> failures) {
        this.options = options;
        this.environment = environment;
        this.measurements = measurements;
        this.jmh = jmh;
        this.failures = failures;
    }

    /**
     * The whole report.
     *
     * @param carriedAutogen the marked autogenerate section of the earlier report, kept when this run has none, or null
     * @param carriedMariaDb the marked MariaDB section of the earlier report, kept as it is, or null
     */
    String markdown(String carriedAutogen, String carriedMariaDb) throws IOException {
        md.append("# Benchmarks\n\n");
        md.append("This project against Flyway and Liquibase, with a plain-JDBC floor, on PostgreSQL. Written by "
                + "`benchmarks/run.sh` (").append(environment.date()).append("); every figure is the median of ")
                .append(options.rounds()).append(options.rounds() == 1 ? " run" : " runs")
                .append(", each in a fresh JVM, the tools interleaved.\n\n");
        if (options.quick()) {
            md.append("> **Smoke test** (`QUICK=1`): N = ").append(join(options.sizes())).append(", ")
                    .append(options.rounds()).append(" round(s), W4 at ").append(options.w4Rows())
                    .append(" rows, on a busy machine. These figures only show that the harness works end to end; "
                            + "they are not results. Run `benchmarks/run.sh` on a quiet machine for those.\n\n");
        }
        method();
        machine();
        targets();
        w1("## W1: cold apply (empty database to head)", TOOL_ORDER);
        w2("## W2: no-op start (all N applied, fresh JVM)", TOOL_ORDER);
        w3();
        w4();
        String autogen = options.runs("autogen") ? autogenSection() : carriedAutogen;
        if (autogen != null) {
            md.append(autogen).append("\n\n");
        }
        if (carriedMariaDb != null) {
            md.append(carriedMariaDb).append("\n\n");
        }
        profile();
        warm();
        notes();
        if (!failures.isEmpty()) {
            md.append("## Failures\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    /** The autogenerate section of this run, between its markers. */
    String autogenSection() {
        return ReportFile.Section.AUTOGEN.marked(new AutogenSection(options, environment, measurements, failures).markdown());
    }

    /**
     * The section of a run on MariaDB, between its markers: W1 and W2 of this project, Flyway (with its
     * {@code flyway-mysql} module) and the plain-JDBC floor, on the same workload in MariaDB's SQL.
     */
    String mariaDbSection() {
        md.setLength(0);
        md.append("## MariaDB: W1 and W2\n\n");
        md.append("The same workload on MariaDB, written by `SERVER=mariadb benchmarks/run.sh` (")
                .append(environment.date()).append("): revision *i* creates `t_i (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                        + "name VARCHAR(100) NOT NULL, payload LONGTEXT, created_at TIMESTAMP(6) NOT NULL DEFAULT "
                        + "CURRENT_TIMESTAMP(6))` and an index on `name`; this project from generated `@Migration` classes "
                        + "(`column(\"id\", BIGINT).primaryKey().identity()`, `TEXT`, `TIMESTAMPTZ`), Flyway from SQL files "
                        + "with its `flyway-mysql` module, the floor from the same SQL. DDL is not transactional here: each "
                        + "tool runs a revision's statements one by one. Liquibase is not measured on MariaDB. Every figure "
                        + "is the median of ").append(options.rounds()).append(options.rounds() == 1 ? " run" : " runs")
                .append(", each in a fresh JVM, the tools interleaved; the driver's unpooled `MariaDbDataSource`. ")
                .append(environment.versions().getOrDefault("database server", "")).append(", ")
                .append(environment.versions().getOrDefault("database driver", "")).append(", Flyway ")
                .append(environment.versions().getOrDefault("Flyway", "")).append(".\n\n");
        if (options.quick()) {
            md.append("> **Smoke test** (`QUICK=1`): these figures only show that the harness works end to end.\n\n");
        }
        String shapes = shapeCheck();
        if (shapes != null) {
            md.append(shapes).append("\n\n");
        }
        w1("### MariaDB W1: cold apply (empty database to head)", MARIADB_TOOL_ORDER);
        w2("### MariaDB W2: no-op start (all N applied, fresh JVM)", MARIADB_TOOL_ORDER);
        if (!failures.isEmpty()) {
            md.append("### MariaDB failures\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return ReportFile.Section.MARIADB.marked(md.toString());
    }

    // --- sections -------------------------------------------------------------------------------

    private void method() {
        md.append("## What is measured\n\n");
        md.append("""
                Each workload has N revisions; revision *i* creates `t_i (id BIGSERIAL PRIMARY KEY, name VARCHAR(100) \
                NOT NULL, payload TEXT, created_at TIMESTAMPTZ NOT NULL DEFAULT now())` and an index on `name`. \
                This project gets them as generated `@Migration` classes written with the op API (`op.createTable(...)` \
                with `column(...)`, `op.createIndex(...)`), compiled into the benchmark jar; Flyway as SQL files \
                `V<i>__t_<i>.sql` on the class path; Liquibase as one XML changelog with one changeset per revision, \
                an `sql` change holding the Flyway file's two statements (not `createTable`: on PostgreSQL 10 and \
                later Liquibase turns any auto-increment column, BIGSERIAL included, into an identity column, so the \
                schemas would differ). The plain-JDBC floor runs the same SQL as the Flyway files: per revision, one transaction with its two statements and one insert into a history \
                table; for a no-op start, one read of that table.

                - **W1, cold apply**: an empty database to head. In-process time, from just before the DataSource is \
                made (the tool's configuration, class loading of its code and of the migrations, and its graph included) \
                until the tool returns; JVM start-up excluded, and logging (SLF4J with Logback, java.util.logging) \
                initialised before the clock starts, as an application has done by the time it migrates.
                - **W2, no-op start**: all N applied; a fresh JVM and a fresh tool instance find nothing to do, \
                validation included (Flyway's validate-on-migrate, Liquibase's changelog lock and checksums, this \
                project's checksums). In-process time as W1, plus the whole process (start to exit) and its peak RSS \
                (`VmHWM`).
                - **W3, Spring Boot start-up**: a minimal Spring Boot application (auto-configuration only, JDBC, no \
                web, Boot's default HikariCP pool) on a database where the tool has applied all N: the JVM's uptime at \
                `ApplicationReadyEvent` with this project's starter, Boot's Flyway starter and Boot's Liquibase \
                starter. Each JVM's class path holds only its tool; the floor application has no tool and reads the \
                plain history table once while the context starts.
                - **W4, batched backfill**: `name_upper = upper(name)` on every row of a freshly loaded and vacuumed \
                table: this project's `BatchedUpdate` (a `transactional = false` revision, batches of 10,000 paged by \
                key, `commitEachBatch()`), one plain `UPDATE`, and the `LIMIT/OFFSET` loop written by hand (10,000 \
                per batch, a commit after each).

                W1, W2 and W4 use the driver's unpooled `PGSimpleDataSource`, so every tool pays for the connections \
                it opens. Liquibase's usage analytics are switched off (`-Dliquibase.analytics.enabled=false`): left \
                on, it calls a server on the Internet. Each workload (a server and an N) is in a jar of its own, as \
                an application ships only its own migrations: no tool reads or lists the workloads of other sizes. \
                Ratios are medians divided by the floor's median at the same N.

                """);
        String shapes = shapeCheck();
        if (shapes != null) {
            md.append(shapes).append("\n\n");
        }
    }

    private void machine() {
        md.append("## Machine and versions\n\n| | |\n|---|---|\n");
        md.append("| date | ").append(environment.date()).append(" |\n");
        environment.versions().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        environment.machine().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("| rounds | ").append(options.rounds()).append(" |\n\n");
    }

    /** The start-up targets, each judged at every N run: a ratio per N, then the two that compare sizes. */
    private void targets() {
        md.append("## Targets\n\nEach is judged at every N of the run; the status is met only where every N meets it.\n\n"
                + "| target | measured | status |\n|---|---|---|\n");
        perSize("W2 in-process: at most 1.3× the plain-JDBC floor", "w2", "ours", "plain", 1.3, true, " the floor");
        perSize("W2 in-process: at least 4× faster than Flyway", "w2", "flyway", "ours", 4, false, " faster");
        List<Integer> sizes = options.sizes();
        int smallest = sizes.get(0);
        int largest = sizes.get(sizes.size() - 1);
        double growth = median("w2", "ours", largest, "ms") / median("w2", "ours", smallest, "ms");
        targetRow("W2 in-process flat: the N=" + largest + " median within 20% of the N=" + smallest + " median",
                growth, ratio(growth) + " the N=" + smallest + " median", 1.2, true);
        double rssAbove = (median("w2", "ours", largest, "hwm_kb") - median("w2", "plain", largest, "hwm_kb")) / 1024;
        targetRow("W2 peak RSS at N=" + largest + ": at most the floor's + 25 MiB",
                rssAbove, String.format(Locale.ROOT, "%+.0f MiB", rssAbove), 25, true);
        perSize("W3 to ready: at most the no-tool floor + 5%", "w3", "ours", "plain", 1.05, true, " the floor");
        perSize("W3 to ready: ahead of Flyway's starter", "w3", "flyway", "ours", 1, false, " faster");
        double beans = median("w3", "ours", largest, "beans") - median("w3", "ours", smallest, "beans");
        targetRow("W3 beans do not grow with N (N=" + largest + " against N=" + smallest + ")", beans,
                String.format(Locale.ROOT, "%+.0f beans", beans), 0, true);
        perSize("W1 apply: at most 1.2× the plain-JDBC floor", "w1", "ours", "plain", 1.2, true, " the floor");
        md.append('\n');
    }

    /** One row per target: the ratio {@code numerator / denominator} at each N, met only when it holds at every N. */
    private void perSize(String target, String workload, String numerator, String denominator, double limit,
                         boolean atMost, String unit) {
        StringBuilder measured = new StringBuilder();
        boolean allMet = true;
        boolean any = false;
        for (int n : options.sizes()) {
            double value = median(workload, numerator, n, "ms") / median(workload, denominator, n, "ms");
            if (Double.isNaN(value)) {
                continue;
            }
            any = true;
            allMet &= atMost ? value <= limit : value >= limit;
            measured.append(measured.length() == 0 ? "" : "; ").append("N=").append(n).append(": ").append(ratio(value))
                    .append(unit);
        }
        md.append("| ").append(target).append(" | ").append(any ? measured : "-").append(" | ")
                .append(any ? (allMet ? "**met**" : "**not met**") : "not measured").append(" |\n");
    }

    private void targetRow(String target, double value, String shown, double limit, boolean atMost) {
        String status;
        if (Double.isNaN(value)) {
            status = "not measured";
        } else {
            boolean met = atMost ? value <= limit : value >= limit;
            status = met ? "**met**" : "**not met**";
        }
        md.append("| ").append(target).append(" | ").append(Double.isNaN(value) ? "-" : shown)
                .append(" | ").append(status).append(" |\n");
    }

    private void w1(String heading, List<String> tools) {
        if (!options.runs("w1")) {
            return;
        }
        md.append(heading).append("\n\n");
        md.append("In-process milliseconds; the last column is the CPU time of the whole JVM (all threads, JIT and GC "
                + "included), which the database's share of the work does not inflate.\n\n"
                + "| N | tool | median | min–max | × floor | process CPU ms |\n|---:|---|---:|---:|---:|---:|\n");
        for (int n : options.sizes()) {
            double floor = median("w1", "plain", n, "ms");
            for (String tool : tools) {
                List<Double> v = values("w1", tool, n, "ms");
                md.append("| ").append(n).append(" | ").append(Tool.of(tool).label()).append(" | ").append(ms(median(v)))
                        .append(" | ").append(range(v)).append(" | ").append(ratio(median(v) / floor)).append(" | ")
                        .append(ms(median("w1", tool, n, "cpu_ms"))).append(" |\n");
            }
        }
        md.append('\n');
    }

    private void w2(String heading, List<String> tools) {
        if (!options.runs("w2")) {
            return;
        }
        md.append(heading).append("\n\n");
        md.append("| N | tool | in-process ms | min–max | × floor | whole process ms | × floor | process CPU ms "
                + "| peak RSS MiB | classes loaded |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : options.sizes()) {
            double floor = median("w2", "plain", n, "ms");
            double floorWall = median("w2", "plain", n, "wall_ms");
            for (String tool : tools) {
                List<Double> v = values("w2", tool, n, "ms");
                double wall = median("w2", tool, n, "wall_ms");
                md.append("| ").append(n).append(" | ").append(Tool.of(tool).label()).append(" | ").append(ms(median(v)))
                        .append(" | ").append(range(v)).append(" | ").append(ratio(median(v) / floor)).append(" | ")
                        .append(ms(wall)).append(" | ").append(ratio(wall / floorWall)).append(" | ")
                        .append(ms(median("w2", tool, n, "cpu_ms"))).append(" | ")
                        .append(mib(median("w2", tool, n, "hwm_kb"))).append(" | ")
                        .append(whole(median("w2", tool, n, "classes_loaded"))).append(" |\n");
            }
        }
        md.append('\n');
    }

    private void w3() {
        if (!options.runs("w3")) {
            return;
        }
        md.append("## W3: Spring Boot start-up (N applied)\n\n");
        md.append("Time to `ApplicationReadyEvent` since the JVM started, in milliseconds. The floor is the same "
                + "application without a migration tool, reading the history table once.\n\n");
        md.append("| N | tool | to ready | min–max | × floor | main() to ready | whole process | peak RSS MiB | beans "
                + "| classes loaded |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : options.sizes()) {
            double floor = median("w3", "plain", n, "ms");
            for (String tool : TOOL_ORDER) {
                List<Double> v = values("w3", tool, n, "ms");
                String label = switch (tool) {
                    case "ours" -> "this project's starter";
                    case "flyway" -> "spring-boot-starter-flyway";
                    case "liquibase" -> "spring-boot-starter-liquibase";
                    default -> "no tool (floor)";
                };
                md.append("| ").append(n).append(" | ").append(label).append(" | ").append(ms(median(v)))
                        .append(" | ").append(range(v)).append(" | ").append(ratio(median(v) / floor)).append(" | ")
                        .append(ms(median("w3", tool, n, "main_to_ready_ms"))).append(" | ")
                        .append(ms(median("w3", tool, n, "wall_ms"))).append(" | ")
                        .append(mib(median("w3", tool, n, "hwm_kb"))).append(" | ")
                        .append(whole(median("w3", tool, n, "beans"))).append(" | ")
                        .append(whole(median("w3", tool, n, "classes_loaded"))).append(" |\n");
            }
        }
        md.append('\n');
    }

    private void w4() {
        if (!options.runs("w4")) {
            return;
        }
        long rows = options.w4Rows();
        md.append("## W4: batched backfill of ").append(String.format(Locale.ROOT, "%,d", rows)).append(" rows\n\n");
        md.append("| variant | median s | min–max s | rows/s | × one UPDATE (time) |\n|---|---:|---:|---:|---:|\n");
        double floor = median("w4", "update", rows, "ms");
        for (String variant : W4_ORDER) {
            List<Double> v = values("w4", variant, rows, "ms");
            double med = median(v);
            String label = switch (variant) {
                case "ours" -> "this project: BatchedUpdate, 10,000 per batch, commit each batch";
                case "update" -> "one plain `UPDATE` (one transaction)";
                default -> "hand-written `LIMIT 10000 OFFSET k` loop, commit each batch";
            };
            md.append("| ").append(label).append(" | ").append(seconds(med)).append(" | ")
                    .append(v.isEmpty() ? "-" : seconds(min(v)) + "–" + seconds(max(v))).append(" | ")
                    .append(Double.isNaN(med) ? "-" : String.format(Locale.ROOT, "%,d", Math.round(rows / (med / 1000))))
                    .append(" | ").append(ratio(med / floor)).append(" |\n");
        }
        md.append('\n');
    }

    private void profile() {
        int n = options.targetSize();
        md.append("## Profile\n\n");
        md.append("### Where the in-process time goes (medians of the timed runs)\n\n");
        md.append("This project at every N; the other tools at N=").append(n).append(".\n\n");
        md.append("| workload | N | tool | phase | ms |\n|---|---:|---|---|---:|\n");
        for (String workload : List.of("w1", "w2")) {
            if (!options.runs(workload)) {
                continue;
            }
            for (int size : options.sizes()) {
                for (String tool : size == n ? TOOL_ORDER : List.of("ours")) {
                    for (String phase : phases(workload, tool, size)) {
                        md.append("| ").append(workload.toUpperCase(Locale.ROOT)).append(" | ").append(size).append(" | ")
                                .append(Tool.of(tool).label()).append(" | ").append(phase.substring("phase.".length()))
                                .append(" | ").append(ms(median(workload, tool, size, phase))).append(" |\n");
                    }
                }
            }
        }
        md.append('\n');
        if (!options.runs("profile")) {
            return;
        }
        md.append("### Round trips at N=").append(n).append(" (counting runs, not timed)\n\n");
        md.append("Counted by a proxy DataSource: connections opened, statements executed, catalog queries made "
                + "through `DatabaseMetaData`, commits.\n\n");
        md.append("| tool | W1 connections | W1 statements | W1 catalog queries | W1 commits | W2 connections "
                + "| W2 statements | W2 catalog queries | W2 commits |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String tool : TOOL_ORDER) {
            md.append("| ").append(Tool.of(tool).label());
            for (String workload : List.of("profile-w1", "profile-w2")) {
                Measurement m = single(workload, tool, n);
                for (String key : List.of("connections", "statements", "metadata_queries", "commits")) {
                    md.append(" | ").append(m == null ? "-" : m.text("count." + key));
                }
            }
            md.append(" |\n");
        }
        md.append('\n');
        Measurement ours = single("profile-w2", "ours", n);
        if (ours != null && ours.ok()) {
            Path file = ours.log().getParent().getParent().resolve("statements-w2-ours-n" + n + ".sql");
            try {
                List<String> statements = Files.readAllLines(file);
                md.append("This project's no-op start, statement by statement:\n\n```sql\n");
                statements.forEach(s -> md.append(s).append('\n'));
                md.append("```\n\n");
            } catch (IOException e) {
                // the counting run's statement file is missing: leave the listing out
            }
        }
    }

    private void warm() {
        if (jmh.isEmpty()) {
            return;
        }
        md.append("## Warm JVM (JMH)\n\n");
        md.append("`WarmNoOpBenchmark`: W2 repeated in one warm JVM (a fresh tool instance and fresh connections per "
                + "operation). `BuildBenchmark`: this project's `Migrations.builder(...).build()` alone (annotations, "
                + "checksums, graph), no database.\n\n");
        md.append("| benchmark | tool | N | ms/op | ± (99.9%) |\n|---|---|---:|---:|---:|\n");
        for (JmhRow row : jmh) {
            String tool = row.params().getOrDefault("tool", "ours");
            md.append("| ").append(row.benchmark()).append(" | ").append(Tool.of(tool).label()).append(" | ")
                    .append(row.params().getOrDefault("n", "")).append(" | ").append(ms(row.score())).append(" | ")
                    .append(ms(row.error())).append(" |\n");
        }
        md.append('\n');
    }

    private void notes() throws IOException {
        Path notes = Path.of(System.getProperty("bench.notes", "benchmarks/ANALYSIS.md"));
        if (Files.isRegularFile(notes)) {
            md.append(Files.readString(notes).strip()).append("\n\n");
        }
    }

    /** Whether W1 left t_1 alike under every tool (constraint and index names aside). */
    private String shapeCheck() {
        Map<String, Set<String>> byShape = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if ((m.workload().equals("w1") || m.workload().equals("prepare")) && m.ok() && m.text("shape") != null) {
                byShape.computeIfAbsent(m.text("shape"), s -> new LinkedHashSet<>()).add(Tool.of(m.subject()).label());
            }
        }
        if (byShape.isEmpty()) {
            return null;
        }
        if (byShape.size() == 1) {
            return "Equivalence: after W1, `t_1` has the same columns, types, defaults and indexes under every tool "
                    + "(names of constraints and indexes aside): `" + byShape.keySet().iterator().next() + "`.";
        }
        StringBuilder text = new StringBuilder("**Equivalence check failed**: `t_1` differs between tools:\n\n");
        byShape.forEach((shape, tools) -> text.append("- ").append(String.join(", ", tools)).append(": `")
                .append(shape).append("`\n"));
        return text.toString();
    }

    // --- numbers --------------------------------------------------------------------------------

    private List<Double> values(String workload, String subject, long n, String key) {
        List<Double> values = new ArrayList<>();
        for (Measurement m : measurements) {
            if (m.ok() && m.workload().equals(workload) && m.subject().equals(subject) && m.n() == n) {
                double v = m.value(key);
                if (!Double.isNaN(v)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    private Measurement single(String workload, String subject, long n) {
        return measurements.stream().filter(m -> m.workload().equals(workload) && m.subject().equals(subject)
                && m.n() == n).findFirst().orElse(null);
    }

    private List<String> phases(String workload, String subject, long n) {
        return measurements.stream().filter(m -> m.ok() && m.workload().equals(workload) && m.subject().equals(subject)
                        && m.n() == n)
                .flatMap(m -> m.values().keySet().stream()).filter(k -> k.startsWith("phase.")).distinct().toList();
    }

    private double median(String workload, String subject, long n, String key) {
        return median(values(workload, subject, n, key));
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static String range(List<Double> v) {
        return v.isEmpty() ? "-" : v.size() == 1 ? "(1 run)" : ms(min(v)) + "–" + ms(max(v));
    }

    static String ms(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "-";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,d", Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String seconds(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f", ms / 1000);
    }

    private static String mib(double kb) {
        return Double.isNaN(kb) || kb < 0 ? "-" : String.format(Locale.ROOT, "%.0f", kb / 1024);
    }

    private static String whole(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    static String ratio(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f×", v);
    }

    private static String join(List<Integer> sizes) {
        return sizes.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
