package dev.migrations.autoconfigure.actuate;

import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.StatusReport;
import dev.migrations.graph.RevisionGraph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions a newer release applied on top of this code's history: unknown to the code, each revising only
 * revisions the code knows or other such revisions, and revised by none of the code's own. Anything else the code
 * lacks is a gap in its history (a deleted migration), which is a real problem.
 */
final class AheadOfCode {

    private AheadOfCode() {
    }

    static Set<String> revisions(StatusReport report, RevisionGraph graph) {
        List<RevisionStatus> unknown = report.revisions().stream()
                .filter(r -> r.state() == RevisionState.UNKNOWN_IN_CODE).toList();
        Set<String> revisedByCode = new LinkedHashSet<>();
        graph.revisions().forEach(r -> revisedByCode.addAll(r.revises()));
        Set<String> ahead = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (RevisionStatus candidate : unknown) {
                if (!ahead.contains(candidate.revision()) && !revisedByCode.contains(candidate.revision())
                        && !candidate.revises().isEmpty()
                        && candidate.revises().stream().allMatch(p -> graph.contains(p) || ahead.contains(p))) {
                    ahead.add(candidate.revision());
                    grew = true;
                }
            }
        }
        return ahead;
    }
}
