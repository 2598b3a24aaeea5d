package dev.migrations.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The line a child JVM prints with its figures: {@code BENCH-RESULT} then tab-separated {@code key=value} pairs,
 * ending with the process's CPU time so far and its peak resident set size ({@code VmHWM} of /proc/self/status),
 * read last.
 */
public final class Result {

    static final String PREFIX = "BENCH-RESULT\t";

    private Result() {
    }

    public static void print(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("cpu_ms", Long.toString(processCpuMillis()));
        all.put("hwm_kb", Long.toString(peakRssKb()));
        StringBuilder line = new StringBuilder(PREFIX);
        all.forEach((k, v) -> line.append(k).append('=').append(v.replace('\t', ' ').replace('\n', ' ')).append('\t'));
        System.out.println(line.toString().stripTrailing());
        System.out.flush();
    }

    /** Parses the last result line of a child's output, or returns null when it printed none. */
    public static Map<String, String> parse(Iterable<String> lines) {
        Map<String, String> found = null;
        for (String line : lines) {
            if (line.startsWith(PREFIX)) {
                found = new LinkedHashMap<>();
                for (String pair : line.substring(PREFIX.length()).split("\t")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        found.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
        }
        return found;
    }

    /** The CPU time this JVM has used so far, all threads (JIT and GC included), in milliseconds; -1 if unknown. */
    static long processCpuMillis() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    /** VmHWM, the peak resident set size of this process, in KiB; -1 where /proc is missing. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
