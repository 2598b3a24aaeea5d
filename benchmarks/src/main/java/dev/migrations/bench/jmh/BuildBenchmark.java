package dev.migrations.bench.jmh;

import dev.migrations.MigrationScript;
import dev.migrations.Migrations;
import dev.migrations.bench.Postgres;
import dev.migrations.bench.Workload;
import dev.migrations.bench.tools.OursMigrator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * This project's start-up work that needs no database, warm: {@code Migrations.builder(...).build()} over N
 * revisions reads each {@code @Migration}, computes each checksum (records the upgrade's operations and hashes
 * them) and validates the graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    @Param({"50", "500", "2000"})
    public int n;

    private List<MigrationScript> revisions;
    private DataSource dataSource;

    @Setup
    public void setUp() {
        revisions = OursMigrator.revisions(Workload.POSTGRESQL, n);
        dataSource = Postgres.fromSystemProperties().dataSource("unused");
    }

    @Benchmark
    public Migrations build() {
        return Migrations.builder(dataSource).migrations(revisions).build();
    }
}
