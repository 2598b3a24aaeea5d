package dev.migrations.bench;

import dev.migrations.bench.autogen.Drift;
import dev.migrations.bench.autogen.EntityModel;
import dev.migrations.bench.autogen.Scenario;
import dev.migrations.bench.autogen.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's "Autogenerate (300 entities)" section: what is measured, on which machine, the medians per scenario
 * and per phase, and the live read's round trips. Self-contained, with its own date and machine, because a run of
 * this workload alone splices it into an earlier report ({@link ReportFile}).
 */
final class AutogenSection {

    private final Options options;
    private final Environment environment;
    private final List<Measurement> measurements;
    private final List<String> failures;
    private final StringBuilder md = new StringBuilder();

    AutogenSection(Options options, Environment environment, List<Measurement> measurements, List<String> failures) {
        this.options = options;
        this.environment = environment;
        this.measurements = measurements;
        this.failures = failures.stream().filter(f -> f.contains("autogen")).toList();
    }

    String markdown() {
        md.append("## Autogenerate (").append(EntityModel.ENTITIES).append(" entities)\n\n");
        method();
        machine();
        scenarios();
        phases();
        roundTrips();
        if (!failures.isEmpty()) {
            md.append("Failed runs:\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }

    private void method() {
        md.append("""
                Autogenerate against a model of %1$d generated JPA entities on PostgreSQL, as the engine's use from \
                code runs it (`docs/autogenerate.md`). The entities (`benchmarks/src/build/GenerateEntities.java`, \
                written at build time) each have a `Long` id (half `IDENTITY`, half `SEQUENCE`), 6 to 10 columns \
                (strings with a length, `Integer`, `Long`, `BigDecimal` with precision and scale, `boolean`, \
                `LocalDate`, `Instant`, `LocalDateTime`, `UUID`, enums stored by name), a unique column on every third, \
                one or two `@Index`, and a `@ManyToOne` to an earlier entity on every third. Hibernate maps them with \
                the PostgreSQL dialect and Spring Boot's snake-case physical naming.%2$s

                Each run is a fresh JVM and measures, in process, from just before the entity classes are listed \
                (their class loading included) until the source is rendered; logging is initialised before the clock \
                starts. Its phases:

                """.formatted(EntityModel.ENTITIES, modelSize()));
        for (Step step : Step.values()) {
            md.append("- **").append(step.label()).append("**: ").append(step.description())
                    .append(step.ordinal() == Step.values().length - 1 ? ".\n" : ";\n");
        }
        md.append("""

                The scenarios, interleaved round by round: **(a)** an empty database, where autogenerate writes the \
                migration creating the whole schema; **(b)** the database at the model (that migration's operations \
                applied, as the runner runs them), where it finds no changes: the daily case, and what the \
                `migrations check` step of CI pays; **(c)** the database of (b) after these changes, each of which \
                the migration must undo:""");
        List<String> changes = Drift.CHANGES.stream().map(Drift.Change::description).toList();
        md.append(' ').append(String.join("; ", changes)).append(".\n\n");
    }

    /** The size of the model as the runs read it, or nothing when no run succeeded. */
    private String modelSize() {
        Measurement m = measurements.stream().filter(x -> x.ok() && x.workload().equals("autogen")).findFirst()
                .orElse(null);
        if (m == null) {
            return "";
        }
        return " The target model: " + m.text("target_tables") + " tables, " + m.text("target_columns") + " columns, "
                + m.text("target_foreign_keys") + " foreign keys, " + m.text("target_unique_keys") + " unique keys, "
                + m.text("target_indexes") + " indexes, " + m.text("target_checks") + " checks (Hibernate's, for the "
                + "enums' values) and " + m.text("target_sequences") + " sequences.";
    }

    private void machine() {
        Map<String, String> versions = environment.versions();
        Map<String, String> machine = environment.machine();
        md.append("| | |\n|---|---|\n");
        row("date", environment.date());
        for (String key : List.of("this project", "Hibernate ORM", "PostgreSQL server", "PostgreSQL JDBC driver", "Java")) {
            row(key, versions.get(key));
        }
        machine.forEach(this::row);
        row("rounds", Integer.toString(options.rounds()));
        md.append('\n');
        if (options.quick()) {
            md.append("> **Smoke test** (`QUICK=1`): ").append(options.rounds())
                    .append(" round(s) on a busy machine; these figures only show that the workload runs.\n\n");
        }
    }

    private void row(String key, String value) {
        if (value != null) {
            md.append("| ").append(key).append(" | ").append(value).append(" |\n");
        }
    }

    private void scenarios() {
        md.append("| scenario | generated | operations | warnings | in-process ms | min–max | thread CPU ms "
                + "| process CPU ms | whole process ms | peak RSS MiB | classes loaded |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario scenario : Scenario.values()) {
            List<Double> total = values(scenario, "ms");
            md.append("| ").append(scenario.label()).append(" | ").append(scenario.outcome()).append(" | ")
                    .append(whole(median(scenario, "operations"))).append(" | ")
                    .append(whole(median(scenario, "warnings"))).append(" | ")
                    .append(Report.ms(Report.median(total))).append(" | ").append(range(total)).append(" | ")
                    .append(Report.ms(median(scenario, "thread_cpu_ms"))).append(" | ")
                    .append(Report.ms(median(scenario, "cpu_ms"))).append(" | ")
                    .append(Report.ms(median(scenario, "wall_ms"))).append(" | ")
                    .append(mib(median(scenario, "hwm_kb"))).append(" | ")
                    .append(whole(median(scenario, "classes_loaded"))).append(" |\n");
        }
        md.append('\n');
        double noChanges = median(Scenario.AT_MODEL, "operations");
        if (!Double.isNaN(noChanges) && noChanges > 0) {
            md.append("**Not \"no changes\"**: against the database at the model, autogenerate generated ")
                    .append(whole(noChanges)).append(" operations; the generated class is in the run's results "
                            + "directory (`Autogenerated-at-model.java`).\n\n");
        }
    }

    private void phases() {
        md.append("### Where the time goes (medians, ms)\n\nElapsed time, then the CPU time of the thread that runs "
                + "the steps, which other processes on the machine inflate far less (JIT and GC threads are not in it). "
                + "Each cell is the median of its own phase over the rounds, so a column need not add up to its total "
                + "exactly.\n\n| phase |");
        Scenario[] scenarios = Scenario.values();
        for (String kind : List.of("elapsed", "thread CPU")) {
            for (Scenario scenario : scenarios) {
                md.append(' ').append(scenario.label().substring(0, 3)).append(' ').append(kind).append(" |");
            }
        }
        md.append("\n|---|").append("---:|".repeat(2 * scenarios.length)).append('\n');
        for (Step step : Step.values()) {
            md.append("| ").append(step.label()).append(" |");
            cells(scenarios, "phase." + step.key(), "thread_cpu." + step.key(), "");
        }
        md.append("| **total, in process** |");
        cells(scenarios, "ms", "thread_cpu_ms", "**");
        md.append('\n');
    }

    private void cells(Scenario[] scenarios, String elapsedKey, String cpuKey, String emphasis) {
        for (String key : List.of(elapsedKey, cpuKey)) {
            for (Scenario scenario : scenarios) {
                md.append(' ').append(emphasis).append(Report.ms(median(scenario, key))).append(emphasis).append(" |");
            }
        }
        md.append('\n');
    }

    private void roundTrips() {
        md.append("### Round trips and the generated class (counting runs, not timed)\n\nOne more run per scenario "
                + "through a proxy DataSource, which counts connections opened, statements executed and catalog "
                + "queries made through `DatabaseMetaData` (Hibernate's metadata is built offline and makes none); "
                + "the class it generates is then compiled with the JDK's compiler, as the developer's build would.\n\n");
        md.append("| scenario | connections | statements | catalog queries | source lines | compiles |\n"
                + "|---|---:|---:|---:|---:|---|\n");
        for (Scenario scenario : Scenario.values()) {
            Measurement m = measurements.stream().filter(x -> x.workload().equals("profile-autogen")
                    && x.subject().equals(scenario.id())).findFirst().orElse(null);
            md.append("| ").append(scenario.label());
            for (String key : List.of("count.connections", "count.statements", "count.metadata_queries",
                    "source_lines", "compiles")) {
                String value = m == null ? null : m.text(key);
                md.append(" | ").append(value == null ? "-" : value.replace("|", "\\|"));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    // --- numbers --------------------------------------------------------------------------------

    private List<Double> values(Scenario scenario, String key) {
        List<Double> values = new ArrayList<>();
        for (Measurement m : measurements) {
            if (m.ok() && m.workload().equals("autogen") && m.subject().equals(scenario.id())) {
                double v = m.value(key);
                if (!Double.isNaN(v)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    private double median(Scenario scenario, String key) {
        return Report.median(values(scenario, key));
    }

    private static String range(List<Double> v) {
        if (v.isEmpty()) {
            return "-";
        }
        return v.size() == 1 ? "(1 run)" : Report.ms(v.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
                + "–" + Report.ms(v.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    private static String whole(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    private static String mib(double kb) {
        return Double.isNaN(kb) || kb < 0 ? "-" : String.format(Locale.ROOT, "%.0f", kb / 1024);
    }
}
