package dev.migrations;

import dev.migrations.graph.Revision;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.runtime.DatabaseState;
import dev.migrations.runtime.RevisionScript;
import dev.migrations.runtime.RowState;
import dev.migrations.runtime.VersionRow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Joins the code's revisions with the database's rows into one status per revision. */
final class RevisionStatuses {

    private final Map<String, RevisionStatus> byRevision = new LinkedHashMap<>();
    private final List<RevisionStatus> newestFirst = new ArrayList<>();

    RevisionStatuses(RevisionGraph graph, Map<String, RevisionScript> scripts, DatabaseState state) {
        this(graph, scripts, state, id -> false);
    }

    /**
     * @param verifyFully the revisions whose checksum is compared from their loaded code, even where their source
     *                    fingerprint vouches for them: every one for {@code validate}, so that an edit outside a
     *                    migration's own file (a helper it calls) is found too; the one shown for {@code show}
     */
    RevisionStatuses(RevisionGraph graph, Map<String, RevisionScript> scripts, DatabaseState state,
                     Predicate<String> verifyFully) {
        Set<String> heads = Set.copyOf(graph.heads());
        List<Revision> ordered = new ArrayList<>(graph.revisions());
        Collections.reverse(ordered);
        for (Revision revision : ordered) {
            RevisionScript script = scripts.get(revision.id());
            VersionRow row = state.row(revision.id());
            add(new RevisionStatus(revision.id(), revision.revises(), revision.dependsOn(), revision.branchLabels(),
                    revision.message(), stateOf(row, script, verifyFully.test(revision.id())), row == null ? null : row.appliedAt(),
                    row == null ? null : row.executionMillis(), row == null ? null : row.appliedBy(),
                    row == null || row.checksum() == null ? script.checksum() : row.checksum(),
                    heads.contains(revision.id()), row == null ? null : row.error()));
        }
        for (VersionRow row : state.rows().values()) {
            if (!graph.contains(row.revision())) {
                add(new RevisionStatus(row.revision(), row.revises(), List.of(), Set.of(), row.message(),
                        RevisionState.UNKNOWN_IN_CODE, row.appliedAt(), row.executionMillis(), row.appliedBy(),
                        row.checksum(), false, row.error()));
            }
        }
    }

    private static RevisionState stateOf(VersionRow row, RevisionScript script, boolean verifyFully) {
        if (row == null || row.state() == RowState.RETRY) {
            return RevisionState.PENDING;
        }
        if (row.state() == RowState.RUNNING) {
            return RevisionState.RUNNING;
        }
        if (row.state() == RowState.FAILED) {
            return RevisionState.FAILED;
        }
        boolean edited = verifyFully ? script.isChangedFrom(row) : script.isEditedSince(row);
        return edited ? RevisionState.CHECKSUM_MISMATCH : RevisionState.APPLIED;
    }

    private void add(RevisionStatus status) {
        byRevision.put(status.revision(), status);
        newestFirst.add(status);
    }

    RevisionStatus get(String revision) {
        return byRevision.get(revision);
    }

    List<RevisionStatus> all() {
        return Collections.unmodifiableList(newestFirst);
    }

    List<RevisionStatus> inState(RevisionState state) {
        return newestFirst.stream().filter(s -> s.state() == state).toList();
    }
}
