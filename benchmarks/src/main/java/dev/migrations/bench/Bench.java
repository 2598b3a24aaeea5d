package dev.migrations.bench;

import dev.migrations.bench.autogen.AutogenMain;
import dev.migrations.bench.boot.BootMain;

import java.util.Arrays;

/**
 * The benchmark's entry point.
 * <pre>
 * java -jar target/benchmarks.jar [run] [options]         every workload, interleaved; writes the report
 * java -cp ... Bench child w1|w2 TOOL N DATABASE [--count FILE]   one cold apply or no-op start (fresh JVM)
 * java -cp ... Bench child w4 VARIANT ROWS DATABASE        one batched backfill
 * java -cp ... Bench boot TOOL N DATABASE                  one Spring Boot start-up (W3)
 * java -cp ... Bench autogen measure SCENARIO DATABASE     one autogenerate of the 300-entity model
 * java -cp ... Bench autogen prepare DATABASE [--drift]    brings a database to that model (not timed)
 * java -jar target/benchmarks.jar jmh [JMH options]        the warm, in-JVM JMH benchmarks
 * </pre>
 * The orchestrator starts a fresh JVM for every measurement, with a class path holding only the measured tool.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "run" -> Orchestrator.main(rest);
            case "child" -> ChildMain.main(rest);
            case "boot" -> BootMain.main(rest);
            case "autogen" -> AutogenMain.main(rest);
            case "tenants" -> TenantsBench.main(rest);
            case "jmh" -> org.openjdk.jmh.Main.main(rest);
            default -> {
                if (command.startsWith("--")) {
                    Orchestrator.main(args);
                } else {
                    System.err.println("Unknown command " + command + ": use run, child, boot, autogen or jmh.");
                    System.exit(2);
                }
            }
        }
    }
}
