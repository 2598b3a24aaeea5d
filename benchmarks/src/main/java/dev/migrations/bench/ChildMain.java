package dev.migrations.bench;

import dev.migrations.bench.tools.Migrators;
import dev.migrations.bench.w4.Backfill;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measurement in a fresh JVM, reported on one line of standard output ({@link Result}).
 * <ul>
 *   <li>{@code w1 TOOL N DB}: cold apply, an empty database up to head;</li>
 *   <li>{@code w2 TOOL N DB}: no-op start, all N already applied;</li>
 *   <li>{@code w4 VARIANT ROWS DB}: one batched backfill of the prepared table {@code w4}.</li>
 * </ul>
 * The time is in-process: from just before the DataSource is made (the tool's configuration, graph and class
 * loading included) until the tool returns. Logging is initialised before the clock starts. With {@code --count FILE}, the DataSource counts round trips and
 * writes every statement to FILE; such runs are for the profile, not for timing.
 */
public final class ChildMain {

    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        long mainUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        String workload = args[0];
        BenchServer server = BenchServer.fromSystemProperties();
        String database = args[3];
        Path countFile = args.length > 5 && args[4].equals("--count") ? Path.of(args[5]) : null;
        Map<String, String> result = new LinkedHashMap<>();
        // Logging is set up before the clock starts, as an application has done by the time it migrates: SLF4J with
        // Logback (this project and Flyway log through it) and java.util.logging (Liquibase's default).
        org.slf4j.LoggerFactory.getLogger(ChildMain.class).info("{} {}", workload, String.join(" ", args));
        java.util.logging.LogManager.getLogManager();
        if (workload.equals("w4")) {
            String variant = args[1];
            long rows = Long.parseLong(args[2]);
            long start = System.nanoTime();
            Backfill.run(variant, server.dataSource(database));
            long nanos = System.nanoTime() - start;
            result.put("ms", millis(nanos));
            try (Connection c = server.connect(database)) {
                long wrong = BenchServer.queryLong(c, Backfill.COUNT_NOT_DONE);
                long total = BenchServer.queryLong(c, "SELECT count(*) FROM w4");
                if (wrong != 0 || total != rows) {
                    throw new IllegalStateException("W4 " + variant + ": " + wrong + " of " + total
                            + " rows not backfilled (expected " + rows + " rows)");
                }
            }
        } else {
            Tool tool = Tool.of(args[1]);
            int n = Integer.parseInt(args[2]);
            long start = System.nanoTime();
            Phases phases = new Phases();
            DataSource dataSource = server.dataSource(database);
            CountingDataSource counting = countFile == null ? null : new CountingDataSource(dataSource);
            if (counting != null) {
                dataSource = counting;
            }
            Migrators.migrate(tool, dataSource, server.workload(), n, phases);
            long nanos = System.nanoTime() - start;
            result.put("ms", millis(nanos));
            phases.nanos().forEach((phase, ns) -> result.put("phase." + phase, millis(ns)));
            if (counting != null) {
                counting.counts().forEach((k, v) -> result.put("count." + k, Integer.toString(v)));
                Files.write(countFile, counting.log());
            }
            try (Connection c = server.connect(database)) {
                long tables = BenchServer.queryLong(c, server.workload().countTables());
                long applied = BenchServer.queryLong(c, tool.countAppliedSql());
                if (tables != n || applied != n) {
                    throw new IllegalStateException(tool.label() + " " + workload + " N=" + n + ": " + tables
                            + " tables and " + applied + " applied revisions recorded, expected " + n);
                }
                if (workload.equals("w1")) {
                    result.put("shape", BenchServer.queryString(c, server.workload().shapeOfT1()));
                }
            }
        }
        result.put("main_uptime_ms", Long.toString(mainUptime));
        result.put("classes_loaded", Long.toString(ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()));
        Result.print(result);
    }

    static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
