package dev.migrations.bench.jmh;

import dev.migrations.bench.Phases;
import dev.migrations.bench.Postgres;
import dev.migrations.bench.Tool;
import dev.migrations.bench.Workload;
import dev.migrations.bench.tools.Migrators;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import javax.sql.DataSource;
import java.util.concurrent.TimeUnit;

/**
 * W2 in a warm JVM: a fresh tool instance finds all N revisions applied, including its validation, each invocation
 * opening its own connections. The cold figure (a fresh JVM) is W2 itself; this one shows what is left once class
 * loading and JIT compilation are paid, e.g. for a status check repeated in a running service.
 * The orchestrator passes {@code databasePrefix} (its prepared databases {@code <prefix><tool>_n<N>}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WarmNoOpBenchmark {

    @Param({"ours", "flyway", "liquibase", "plain"})
    public String tool;

    @Param("500")
    public int n;

    @Param("")
    public String databasePrefix;

    private Tool subject;
    private DataSource dataSource;

    @Setup
    public void setUp() {
        if (databasePrefix.isEmpty()) {
            throw new IllegalStateException("Run through the orchestrator, or pass -p databasePrefix=bench_<id>_");
        }
        subject = Tool.of(tool);
        dataSource = Postgres.fromSystemProperties().dataSource(databasePrefix + subject.id() + "_n" + n);
    }

    @Benchmark
    public Phases noOpStart() throws Exception {
        Phases phases = new Phases();
        Migrators.migrate(subject, dataSource, Workload.POSTGRESQL, n, phases);
        return phases;
    }
}
