package dev.migrations.graph;

import dev.migrations.error.TargetResolutionException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Selects the revisions of a {@code history -r} range, as {@code alembic history}: those at or after
 * {@code from} and at or before {@code to}, newest first.
 */
final class HistoryRange {

    private static final String FORMS = "from:to, from: or :to, each endpoint one of base, heads, head, current, "
            + "a revision id, prefix or branch label, label@head, or -N / +N from current";

    private final RevisionGraph graph;
    private final TargetResolver targets;
    private final Planner planner;

    HistoryRange(RevisionGraph graph, TargetResolver targets, Planner planner) {
        this.graph = graph;
        this.targets = targets;
        this.planner = planner;
    }

    List<Revision> select(Set<String> applied, String range) {
        String text = range == null ? "" : range.strip();
        List<String> all = graph.ids();
        if (text.isEmpty()) {
            return graph.revisionsNewestFirst(all);
        }
        int colon = text.indexOf(':');
        if (colon < 0 || colon != text.lastIndexOf(':')) {
            throw new TargetResolutionException("History range '" + text + "' is not a range; write " + FORMS + ".");
        }
        String from = text.substring(0, colon).strip();
        String to = text.substring(colon + 1).strip();
        Set<String> everything = new HashSet<>(all);
        // Base, and a database at base, come before everything; an empty end is every head.
        Set<String> start = from.isEmpty() ? Set.of() : endpoint(applied, from);
        Set<String> atOrAfter = start.isEmpty() ? everything : union(start, graph.descendantsOf(start));
        Set<String> atOrBefore = everything;
        if (!to.isEmpty()) {
            Set<String> end = endpoint(applied, to);
            atOrBefore = union(end, graph.ancestorsOf(end));
        }
        List<String> selected = new ArrayList<>();
        for (String id : all) {
            if (atOrAfter.contains(id) && atOrBefore.contains(id)) {
                selected.add(id);
            }
        }
        return graph.revisionsNewestFirst(selected);
    }

    /** The revisions an endpoint stands for; empty for base, and for {@code current} when nothing is applied. */
    private Set<String> endpoint(Set<String> applied, String text) {
        Target target = TargetParser.parse(text);
        if (target instanceof Target.Base) {
            return Set.of();
        }
        if (target instanceof Target.Current) {
            return graph.currentHeads(applied);
        }
        if (target instanceof Target.Relative relative) {
            return graph.currentHeads(planner.stateAfter(applied, relative));
        }
        return targets.destinations(target);
    }

    private static Set<String> union(Set<String> ids, Set<String> relatives) {
        Set<String> all = new HashSet<>(ids);
        all.addAll(relatives);
        return all;
    }
}
