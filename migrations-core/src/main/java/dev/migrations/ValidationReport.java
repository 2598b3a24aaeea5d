package dev.migrations;

import java.util.List;

/**
 * What {@code validate} found.
 *
 * @param pending revisions not yet applied
 * @param problems revisions that failed, were interrupted, were edited since applied, or are unknown to the code
 *                 (other than those ahead of it)
 * @param aheadOfCode revisions a newer release applied on top of this code's history: no problem, as during a
 *                    rolling deploy the older release's replicas run on the newer schema
 */
public record ValidationReport(List<RevisionStatus> pending, List<RevisionStatus> problems,
                               List<RevisionStatus> aheadOfCode) {

    public ValidationReport {
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
        aheadOfCode = List.copyOf(aheadOfCode);
    }

    public ValidationReport(List<RevisionStatus> pending, List<RevisionStatus> problems) {
        this(pending, problems, List.of());
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public boolean upToDate() {
        return problems.isEmpty() && pending.isEmpty();
    }
}
