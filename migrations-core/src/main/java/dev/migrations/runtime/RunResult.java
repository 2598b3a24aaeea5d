package dev.migrations.runtime;

import java.util.List;

/**
 * What an upgrade or downgrade did.
 *
 * @param headsBefore the current revisions before the run
 * @param headsAfter the current revisions after it
 */
public record RunResult(List<StepResult> steps, List<String> headsBefore, List<String> headsAfter) {

    public RunResult {
        steps = List.copyOf(steps);
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }

    public boolean didNothing() {
        return steps.isEmpty();
    }
}
