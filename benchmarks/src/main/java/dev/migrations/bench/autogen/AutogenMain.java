package dev.migrations.bench.autogen;

import dev.migrations.bench.CountingDataSource;
import dev.migrations.bench.Postgres;
import dev.migrations.bench.Result;
import dev.migrations.schema.SchemaModel;
import dev.migrations.schema.TableModel;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The autogenerate workload's child JVM:
 * <ul>
 *   <li>{@code prepare DB [--drift]}: brings the empty database DB to the model, with the drift of scenario (c);</li>
 *   <li>{@code measure SCENARIO DB [--profile DIR]}: one timed autogenerate against DB, reported on one result line.
 *       With {@code --profile}, the DataSource counts round trips, the statements and the generated class go to
 *       DIR, and the class is compiled; such runs are for the profile, not for timing.</li>
 * </ul>
 * The time is in-process, from just before the entity classes are listed (so their loading is included) until the
 * source is rendered; logging is initialised before the clock starts.
 */
public final class AutogenMain {

    private AutogenMain() {
    }

    public static void main(String[] args) throws Exception {
        long mainUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        org.slf4j.LoggerFactory.getLogger(AutogenMain.class).info("autogen {}", String.join(" ", args));
        Postgres postgres = Postgres.fromSystemProperties();
        Map<String, String> result = new LinkedHashMap<>();
        switch (args[0]) {
            case "prepare" -> {
                boolean drift = args.length > 2 && args[2].equals("--drift");
                long start = System.nanoTime();
                int applied = ModelDatabase.prepare(postgres.dataSource(args[1]), drift);
                result.put("ms", millis(System.nanoTime() - start));
                result.put("operations_applied", Integer.toString(applied));
            }
            case "measure" -> measure(Scenario.of(args[1]), postgres.dataSource(args[2]),
                    args.length > 4 && args[3].equals("--profile") ? Path.of(args[4]) : null, result);
            default -> throw new IllegalArgumentException("autogen prepare|measure, not " + args[0]);
        }
        result.put("main_uptime_ms", Long.toString(mainUptime));
        result.put("classes_loaded", Long.toString(ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()));
        Result.print(result);
    }

    private static void measure(Scenario scenario, DataSource dataSource, Path profile, Map<String, String> result)
            throws Exception {
        CountingDataSource counting = profile == null ? null : new CountingDataSource(dataSource);
        long start = System.nanoTime();
        StepClock clock = new StepClock();
        AutogenRun.Outcome outcome = AutogenRun.run(counting == null ? dataSource : counting, clock);
        long nanos = System.nanoTime() - start;
        result.put("ms", millis(nanos));
        clock.elapsedNanos().forEach((step, ns) -> result.put("phase." + step, millis(ns)));
        clock.cpuNanos().forEach((step, ns) -> result.put("thread_cpu." + step, millis(ns)));
        result.put("thread_cpu_ms", millis(clock.cpuNanos().values().stream().mapToLong(Long::longValue).sum()));
        check(scenario, outcome);
        result.put("operations", Integer.toString(outcome.result().operations().size()));
        result.put("warnings", Integer.toString(outcome.result().allWarnings().size()));
        result.put("has_differences", Boolean.toString(outcome.result().hasDifferences()));
        describe("target", outcome.target(), result);
        describe("live", outcome.live(), result);
        result.put("source_lines", Long.toString(outcome.source().lines().count()));
        if (counting != null) {
            counting.counts().forEach((k, v) -> result.put("count." + k, Integer.toString(v)));
            Files.createDirectories(profile);
            Files.write(profile.resolve("statements-autogen-" + scenario.id() + ".sql"), counting.log());
            Files.writeString(profile.resolve(AutogenRun.CLASS_NAME + "-" + scenario.id() + ".java"), outcome.source());
            result.put("compiles", SourceCheck.compiles(AutogenRun.PACKAGE + "." + AutogenRun.CLASS_NAME, outcome.source()));
        }
    }

    /** Fails when the database is not what the scenario needs (its preparation went wrong). */
    private static void check(Scenario scenario, AutogenRun.Outcome outcome) {
        int target = outcome.target().tables().size();
        int live = outcome.live().tables().size();
        int expected = switch (scenario) {
            case EMPTY -> 0;
            case AT_MODEL -> target;
            case DRIFTED -> target + 1;
        };
        if (target != EntityModel.ENTITIES || live != expected) {
            throw new IllegalStateException(scenario.label() + ": " + target + " tables in the model (expected "
                    + EntityModel.ENTITIES + "), " + live + " in the database (expected " + expected + ")");
        }
    }

    private static void describe(String prefix, SchemaModel model, Map<String, String> result) {
        result.put(prefix + "_tables", Integer.toString(model.tables().size()));
        result.put(prefix + "_columns", sum(model, t -> t.columns().size()));
        result.put(prefix + "_foreign_keys", sum(model, t -> t.foreignKeys().size()));
        result.put(prefix + "_unique_keys", sum(model, t -> t.uniqueKeys().size()));
        result.put(prefix + "_indexes", sum(model, t -> t.indexes().size()));
        result.put(prefix + "_checks", sum(model, t -> t.checks().size()));
        result.put(prefix + "_sequences", Integer.toString(model.sequences().size()));
    }

    private static String sum(SchemaModel model, ToIntFunction<TableModel> count) {
        return Integer.toString(model.tables().values().stream().mapToInt(count).sum());
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
