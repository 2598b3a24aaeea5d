package dev.migrations;

import dev.migrations.graph.RevisionGraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of a migration set: where the database is, where the code goes, and every revision.
 *
 * @param current the current revisions of the database (its applied heads)
 * @param heads the heads of the code
 * @param revisions every revision, newest first, then those the code lacks
 */
public record StatusReport(List<String> current, List<String> heads, int pending, List<RevisionStatus> revisions) {

    public StatusReport {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        revisions = List.copyOf(revisions);
    }

    /** Revisions whose state is a problem: failed, interrupted, edited since applied, or unknown to the code. */
    public List<RevisionStatus> problems() {
        return revisions.stream().filter(r -> r.state() == RevisionState.FAILED || r.state() == RevisionState.RUNNING
                || r.state() == RevisionState.CHECKSUM_MISMATCH || r.state() == RevisionState.UNKNOWN_IN_CODE).toList();
    }

    /** The {@link #problems()} other than {@code revisions}, such as those {@link #aheadOfCode} names. */
    public List<RevisionStatus> problemsExcept(Set<String> revisions) {
        return problems().stream().filter(r -> !revisions.contains(r.revision())).toList();
    }

    /** The revisions unknown to the code that a newer release applied on top of it: see {@link RevisionGraph#aheadOf}. */
    public Set<String> aheadOfCode(RevisionGraph graph) {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        revisions.stream().filter(r -> r.state() == RevisionState.UNKNOWN_IN_CODE)
                .forEach(r -> unknown.put(r.revision(), r.revises()));
        return unknown.isEmpty() ? Set.of() : graph.aheadOf(unknown);
    }

    public boolean upToDate() {
        return pending == 0 && problems().isEmpty();
    }
}
