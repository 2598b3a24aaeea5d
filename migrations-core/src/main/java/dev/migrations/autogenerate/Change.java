package dev.migrations.autogenerate;

import dev.migrations.ops.Operation;

import java.util.List;
import java.util.Objects;

/** One generated operation and the warnings about it, for the renderer to print above it. */
public record Change(Operation operation, List<ComparisonWarning> warnings) {

    public Change {
        Objects.requireNonNull(operation, "operation");
        warnings = List.copyOf(warnings);
    }

    public static Change of(Operation operation) {
        return new Change(operation, List.of());
    }

    Change warn(ComparisonWarning warning) {
        List<ComparisonWarning> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new Change(operation, more);
    }
}
