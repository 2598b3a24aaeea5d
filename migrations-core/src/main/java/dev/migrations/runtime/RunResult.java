package dev.migrations.runtime;

import dev.migrations.backup.Backup;

import java.util.List;
import java.util.Optional;

/**
 * What an upgrade or downgrade did.
 *
 * @param headsBefore the current revisions before the run
 * @param headsAfter the current revisions after it
 * @param backup the backup made before the run, when one was asked for and something was pending
 */
public record RunResult(List<StepResult> steps, List<String> headsBefore, List<String> headsAfter,
                        Optional<Backup> backup) {

    public RunResult {
        steps = List.copyOf(steps);
        headsBefore = List.copyOf(headsBefore);
        headsAfter = List.copyOf(headsAfter);
    }

    public RunResult(List<StepResult> steps, List<String> headsBefore, List<String> headsAfter) {
        this(steps, headsBefore, headsAfter, Optional.empty());
    }

    RunResult withBackup(Backup made) {
        return new RunResult(steps, headsBefore, headsAfter, Optional.ofNullable(made));
    }

    public boolean didNothing() {
        return steps.isEmpty();
    }
}
