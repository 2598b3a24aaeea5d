package dev.migrations;

import java.util.List;

/**
 * What {@code validate} found.
 *
 * @param pending revisions not yet applied
 * @param problems revisions that failed, were interrupted, were edited since applied, or are unknown to the code
 */
public record ValidationReport(List<RevisionStatus> pending, List<RevisionStatus> problems) {

    public ValidationReport {
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public boolean upToDate() {
        return problems.isEmpty() && pending.isEmpty();
    }
}
