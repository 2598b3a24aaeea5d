package dev.migrations.autogenerate;

import dev.migrations.ops.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * What turns the live schema into the target: the operations in an order that applies, each with its
 * warnings, and the warnings that concern no single operation (such as a difference no operation can express).
 * The downgrade is the reversal of {@link #operations()}.
 */
public record ComparisonResult(List<Change> changes, List<ComparisonWarning> warnings) {

    public ComparisonResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    public List<Operation> operations() {
        return changes.stream().map(Change::operation).toList();
    }

    /** Every warning: those of the operations, in order, then the others. */
    public List<ComparisonWarning> allWarnings() {
        List<ComparisonWarning> all = new ArrayList<>();
        changes.forEach(change -> all.addAll(change.warnings()));
        all.addAll(warnings);
        return all;
    }

    /** "No changes detected": nothing to generate. */
    public boolean hasNoOperations() {
        return changes.isEmpty();
    }

    /**
     * Whether the schemas differ at all, for {@code migrations check}: an operation, or a difference that no
     * operation expresses.
     */
    public boolean hasDifferences() {
        return !changes.isEmpty() || warnings.stream().anyMatch(w -> w.kind().isUnappliedDifference());
    }
}
