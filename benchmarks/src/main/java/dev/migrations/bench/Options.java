package dev.migrations.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The orchestrator's options; {@code benchmarks/run.sh} sets them from its environment.
 *
 * @param sizes the revision counts N of W1, W2 and W3 (each must have been generated at build time)
 * @param rounds how many times each measurement is taken, the tools interleaved
 * @param w4Rows the rows of W4's table
 * @param workloads which of w1, w2, w3, w4, autogen, profile, jmh to run
 * @param out the Markdown report to write
 * @param results where the raw figures and every child's output go
 * @param projectRevision which code of this project is measured (a commit), or null
 * @param quick whether this is a smoke test (the report says so)
 * @param childJvmArgs extra JVM options for every child JVM
 */
public record Options(List<Integer> sizes, int rounds, long w4Rows, Set<String> workloads, Path out, Path results,
                      String projectRevision, boolean quick, List<String> childJvmArgs) {

    static final Set<String> ALL_WORKLOADS = Set.of("w1", "w2", "w3", "w4", "autogen", "profile", "jmh");

    static Options parse(String[] args) {
        List<Integer> sizes = List.of(50, 500, 2000);
        int rounds = 5;
        long w4Rows = 1_000_000;
        Set<String> workloads = new LinkedHashSet<>(List.of("w1", "w2", "w3", "w4", "autogen", "profile", "jmh"));
        Path out = Path.of("docs/benchmarks.md");
        Path results = Path.of("benchmarks/target/results");
        String projectRevision = null;
        boolean quick = false;
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::strip)
                        .map(Integer::parseInt).toList();
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--w4-rows" -> w4Rows = Long.parseLong(args[++i]);
                case "--workloads" -> {
                    workloads = new LinkedHashSet<>(Arrays.stream(args[++i].split(",")).map(String::strip).toList());
                    for (String w : workloads) {
                        if (!ALL_WORKLOADS.contains(w)) {
                            throw new IllegalArgumentException("Unknown workload " + w + ": choose from " + ALL_WORKLOADS);
                        }
                    }
                }
                case "--out" -> out = Path.of(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--project-revision" -> projectRevision = args[++i];
                case "--quick" -> quick = true;
                case "--child-jvm-args" -> jvmArgs.addAll(Arrays.stream(args[++i].trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList());
                default -> throw new IllegalArgumentException("Unknown option " + arg + ". Options: --sizes 50,500,2000 "
                        + "--rounds 5 --w4-rows 1000000 --workloads w1,w2,w3,w4,autogen,profile,jmh --out docs/benchmarks.md "
                        + "--results DIR --project-revision TEXT --quick --child-jvm-args \"-Xmx1g ...\"");
            }
        }
        if (rounds < 1 || sizes.isEmpty()) {
            throw new IllegalArgumentException("At least one round and one size");
        }
        return new Options(sizes, rounds, w4Rows, workloads, out, results, projectRevision, quick, List.copyOf(jvmArgs));
    }

    boolean runs(String workload) {
        return workloads.contains(workload);
    }

    /** Whether this workload is the only one run. */
    boolean runsOnly(String workload) {
        return workloads.equals(Set.of(workload));
    }

    /** The N at which the targets are judged: 500, or the largest size run when 500 is not among them. */
    int targetSize() {
        return sizes.contains(500) ? 500 : sizes.stream().max(Integer::compare).orElseThrow();
    }
}
