package dev.migrations.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where a measured run spent its time, phase by phase, in the order the phases ran. */
public final class Phases {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the current phase under {@code name} and starts the next one. */
    public void lap(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - mark, Long::sum);
        mark = now;
    }

    public Map<String, Long> nanos() {
        return nanos;
    }
}
