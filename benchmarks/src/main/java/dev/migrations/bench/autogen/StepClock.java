package dev.migrations.bench.autogen;

import dev.migrations.bench.Phases;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times the steps of a run twice: elapsed time ({@link Phases}) and the CPU time of the thread running them. The
 * second moves far less than the first when other processes share the machine; JIT and GC threads are in neither.
 */
final class StepClock {

    private final Phases elapsed = new Phases();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private long cpuMark = threads.getCurrentThreadCpuTime();

    /** Ends the current step under {@code step} and starts the next one. */
    void lap(Step step) {
        elapsed.lap(step.key());
        long now = threads.getCurrentThreadCpuTime();
        cpu.merge(step.key(), now - cpuMark, Long::sum);
        cpuMark = now;
    }

    Map<String, Long> elapsedNanos() {
        return elapsed.nanos();
    }

    Map<String, Long> cpuNanos() {
        return cpu;
    }
}
