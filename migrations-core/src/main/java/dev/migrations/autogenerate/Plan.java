package dev.migrations.autogenerate;

import dev.migrations.ops.Operation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** The changes found so far, each in its {@link Phase}; within a phase they keep the order they were found in. */
final class Plan {

    private record Step(Phase phase, Change change) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<ComparisonWarning> warnings = new ArrayList<>();

    void add(Phase phase, Operation operation) {
        steps.add(new Step(phase, Change.of(operation)));
    }

    void warn(ComparisonWarning warning) {
        warnings.add(warning);
    }

    /** Adds a warning to each change it concerns. */
    void annotate(UnaryOperator<Change> annotation) {
        steps.replaceAll(step -> new Step(step.phase(), annotation.apply(step.change())));
    }

    List<Change> changes() {
        return steps.stream().map(Step::change).toList();
    }

    ComparisonResult result() {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::phase));
        return new ComparisonResult(ordered.stream().map(Step::change).toList(), warnings);
    }
}
