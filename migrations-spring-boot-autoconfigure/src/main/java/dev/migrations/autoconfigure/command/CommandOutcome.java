package dev.migrations.autoconfigure.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a command produced: its exit code, its text for stdout (the result) and stderr (what went wrong), and
 * the same result as a JSON tree for {@code --json}.
 *
 * @param out  lines for stdout, without {@code --json}
 * @param err  lines for stderr, with or without {@code --json}
 * @param json the result for stdout with {@code --json}
 */
public record CommandOutcome(int exitCode, List<String> out, List<String> err, Map<String, Object> json) {

    public static final int SUCCESS = 0;
    public static final int FAILURE = 1;

    public CommandOutcome {
        out = List.copyOf(out);
        err = List.copyOf(err);
        json = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }

    public boolean succeeded() {
        return exitCode == SUCCESS;
    }
}
