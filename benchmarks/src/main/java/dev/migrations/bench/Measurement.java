package dev.migrations.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * One child JVM's figures.
 *
 * @param workload w1, w2, w3, w4, autogen, or profile-w1 / profile-w2 / profile-autogen for the counting runs
 * @param subject the tool's id, W4's variant, or the autogenerate scenario
 * @param n the revision count (W4: the rows; autogen: the entities)
 * @param round 1-based; 0 for runs outside the rounds
 * @param values what the child printed (see {@link Result})
 * @param wallMs the whole process, from its start to its exit, as the orchestrator saw it
 * @param ok whether the child exited 0 with a result
 * @param log the child's output
 */
public record Measurement(String workload, String subject, long n, int round, Map<String, String> values, double wallMs,
                          boolean ok, Path log) {

    /** A figure the child printed, or NaN. */
    public double value(String key) {
        if (key.equals("wall_ms")) {
            return wallMs;
        }
        String v = values == null ? null : values.get(key);
        try {
            return v == null ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public String text(String key) {
        return values == null ? null : values.get(key);
    }
}
