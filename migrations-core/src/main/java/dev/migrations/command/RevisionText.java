package dev.migrations.command;

import dev.migrations.BranchPoint;
import dev.migrations.RevisionState;
import dev.migrations.RevisionStatus;
import dev.migrations.graph.Revision;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.runtime.StepResult;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Revisions as text, in the shapes Alembic prints them:
 * {@code b2b2b2b2 -> c3a3a3a3 (profile) (head), add nickname  [APPLIED 2026-11-21 10:00 by postgres@host 12 ms]}.
 * Times are shown in the given zone.
 */
final class RevisionText {

    private final RevisionGraph graph;
    private final DateTimeFormatter time;

    public RevisionText(RevisionGraph graph, ZoneId zone) {
        this.graph = graph;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** A line of {@code history}: parents, revision, labels, indicators, message, state. */
    public String historyLine(RevisionStatus status) {
        return Revision.parents(status.revises()) + " -> " + status.revision() + labels(status) + indicators(status)
                + message(status.message()) + "  [" + state(status) + "]";
    }

    /** A line of {@code heads} and {@code current}: revision, labels, indicators; the state when it is a problem. */
    public String headLine(RevisionStatus status) {
        String line = status.revision() + labels(status) + indicators(status);
        return status.state() == RevisionState.APPLIED || status.state() == RevisionState.PENDING ? line
                : line + "  [" + state(status) + "]";
    }

    /** A branch point and its branches, as {@code alembic branches}. */
    public List<String> branchPoint(BranchPoint point) {
        List<String> lines = new ArrayList<>();
        Revision revision = graph.get(point.revision());
        lines.add(point.revision() + labels(revision.branchLabels()) + " (branchpoint)" + message(point.message()));
        String indent = " ".repeat(point.revision().length());
        for (String child : point.branches()) {
            Revision branch = graph.get(child);
            lines.add(indent + " -> " + child + labels(branch.branchLabels()) + indicators(child, branch.revises())
                    + message(branch.message()));
        }
        return lines;
    }

    /** Every detail of one revision, as {@code alembic show} and {@code history -v}. */
    public List<String> verbose(RevisionStatus status) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + status.revision() + labels(status) + indicators(status));
        if (status.revises().size() > 1) {
            lines.add("Merges: " + String.join(", ", status.revises()));
        } else {
            lines.add("Parent: " + Revision.parents(status.revises()));
        }
        if (graph.contains(status.revision()) && graph.childrenOf(status.revision()).size() > 1) {
            lines.add("Branches into: " + String.join(", ", graph.childrenOf(status.revision())));
        }
        if (!status.branchLabels().isEmpty()) {
            lines.add("Branch names: " + String.join(", ", status.branchLabels().stream().sorted().toList()));
        }
        if (!status.dependsOn().isEmpty()) {
            lines.add("Depends on: " + String.join(", ", status.dependsOn()));
        }
        lines.add("State: " + state(status));
        if (status.checksum() != null) {
            lines.add("Checksum: " + status.checksum());
        }
        lines.add("");
        lines.add("    " + (status.message().isEmpty() ? "(no message)" : status.message()));
        lines.add("");
        return lines;
    }

    /** One revision run by an upgrade or downgrade. */
    public String step(StepResult step) {
        List<String> revises = graph.contains(step.revision()) ? graph.get(step.revision()).revises() : List.of();
        String move = switch (step.direction()) {
            case UPGRADE -> "Running upgrade " + Revision.parents(revises) + " -> " + step.revision();
            case DOWNGRADE -> "Running downgrade " + step.revision() + " -> " + Revision.parents(revises);
        };
        return move + message(step.message()) + " (" + step.duration().toMillis() + " ms)";
    }

    /** Revisions as a list for a sentence: {@code e5e5e5e5 (head)}, or {@code base} when there are none. */
    public String revisions(List<String> ids) {
        if (ids.isEmpty()) {
            return "base";
        }
        return ids.stream().map(id -> graph.contains(id) ? id + indicators(id, graph.get(id).revises()) : id)
                .collect(Collectors.joining(", "));
    }

    /** The state, with when, by whom and how long, and what is wrong. */
    public String state(RevisionStatus status) {
        String applied = status.appliedAt() == null ? "" : " " + time(status.appliedAt())
                + (status.appliedBy() == null ? "" : " by " + status.appliedBy());
        return switch (status.state()) {
            case APPLIED -> "APPLIED" + applied + millis(status);
            case PENDING -> status.appliedAt() == null ? "PENDING" : "PENDING (marked for retry" + applied + ")";
            case RUNNING -> "RUNNING since" + applied + ": running now, or interrupted";
            case FAILED -> "FAILED" + applied + (status.error() == null ? "" : ": " + status.error());
            case CHECKSUM_MISMATCH -> "CHECKSUM_MISMATCH applied" + applied + ": edited since it was applied";
            case UNKNOWN_IN_CODE -> "UNKNOWN_IN_CODE applied" + applied + ": in the database, not in the code";
        };
    }

    String time(Instant instant) {
        return time.format(instant);
    }

    private static String millis(RevisionStatus status) {
        return status.executionMillis() == null ? "" : " " + status.executionMillis() + " ms";
    }

    private static String labels(RevisionStatus status) {
        return labels(status.branchLabels());
    }

    private static String labels(Set<String> labels) {
        return labels.isEmpty() ? "" : " (" + String.join(", ", labels.stream().sorted().toList()) + ")";
    }

    private String indicators(RevisionStatus status) {
        if (!graph.contains(status.revision())) {
            return "";
        }
        return indicators(status.revision(), status.revises());
    }

    private String indicators(String id, List<String> revises) {
        boolean head = graph.heads().contains(id);
        boolean branchPoint = graph.childrenOf(id).size() > 1;
        return (head ? " (head)" : "") + (branchPoint ? " (branchpoint)" : "")
                + (revises.size() > 1 ? " (mergepoint)" : "");
    }

    private static String message(String message) {
        return message == null || message.isEmpty() ? "" : ", " + message;
    }
}
