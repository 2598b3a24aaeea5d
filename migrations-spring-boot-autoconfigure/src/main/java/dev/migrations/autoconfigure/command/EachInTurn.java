package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.command.MigrationsCommands.Result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One command run on several targets in turn (the tenants of a set, the sets of an application): each one's output
 * under its name, each one's JSON in a list, and the whole failed when any one failed.
 */
final class EachInTurn {

    /** How one command runs on one target. */
    interface OnTarget {
        void run(CommandLine line, MigrationSet target, Result result);
    }

    private EachInTurn() {
    }

    /**
     * @param kind    what each target is, {@code tenant} or {@code set}: its heading, and its name's JSON field
     * @param targets each target's name and what the command runs on
     */
    static void run(CommandLine line, Result result, String kind, Map<String, MigrationSet> targets,
                    OnTarget command) {
        List<Map<String, Object>> json = new ArrayList<>();
        targets.forEach((name, target) -> {
            // Its remedies name it: `migrations upgrade --set audit`, `migrations upgrade --tenant t1`.
            Result each = new Result(line, result.within("--" + kind + " " + name));
            MigrationsCommands.catching(line, each, () -> command.run(line, target, each));
            result.out(kind + " " + name + ":");
            each.out.forEach(text -> result.out("  " + text));
            each.err.forEach(text -> result.err(kind + " " + name + ": " + text));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(kind, name);
            each.json.forEach((key, value) -> {
                if (!key.equals("command") && !key.equals(kind) && !key.equals("set")) {
                    fields.put(key, value);
                }
            });
            json.add(fields);
            if (each.failed()) {
                result.failQuietly();
            }
        });
        result.json(kind + "s", json);
    }
}
