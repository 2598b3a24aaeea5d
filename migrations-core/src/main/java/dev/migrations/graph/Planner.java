package dev.migrations.graph;

import dev.migrations.error.TargetResolutionException;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a target into a plan against the applied revisions. The rule behind every plan: the applied set
 * stays closed under ancestors, so an upgrade brings in everything the target needs and a downgrade
 * takes out everything that needs what it removes.
 */
final class Planner {

    private final RevisionGraph graph;
    private final TargetResolver targets;

    Planner(RevisionGraph graph, TargetResolver targets) {
        this.graph = graph;
        this.targets = targets;
    }

    List<Revision> upgrade(Set<String> applied, Target target) {
        rejectCurrent(target);
        if (target instanceof Target.Relative relative) {
            if (!relative.isUp()) {
                throw new TargetResolutionException("Upgrade target '" + relative.spelled() + "' moves down; run "
                        + "`migrations downgrade " + relative.spelled() + "` instead.");
            }
            return graph.revisionsInOrder(stepsUp(applied, relative));
        }
        if (target instanceof Target.Base) {
            return List.of();
        }
        if (target instanceof Target.Heads && applied.size() == graph.revisions().size()) {
            // Every revision is applied (the applied ones are known): the start of a service with nothing to do.
            return List.of();
        }
        return graph.revisionsInOrder(minus(withAncestors(targets.destinations(target)), applied));
    }

    List<Revision> downgrade(Set<String> applied, Target target) {
        rejectCurrent(target);
        if (target instanceof Target.Relative relative) {
            if (relative.isUp()) {
                throw new TargetResolutionException("Downgrade target '" + relative.spelled() + "' moves up; run "
                        + "`migrations upgrade " + relative.spelled() + "` instead.");
            }
            return graph.revisionsNewestFirst(stepsDown(applied, relative));
        }
        if (target instanceof Target.Base) {
            return graph.revisionsNewestFirst(applied);
        }
        if (target instanceof Target.Heads || target instanceof Target.Head) {
            return List.of();
        }
        if (target instanceof Target.BranchBase branchBase) {
            return graph.revisionsNewestFirst(withDescendantsIn(Set.of(targets.labeled(branchBase.label())), applied));
        }
        String revision = targets.revision(target);
        if (!applied.contains(revision)) {
            Set<String> current = graph.currentHeads(applied);
            throw new TargetResolutionException(revision, "Cannot downgrade to " + target.spelled() + ": revision "
                    + revision + " is not applied; current heads are " + (current.isEmpty() ? "none (the database "
                    + "is at base)" : String.join(", ", current)) + ". Name an applied revision, or use `base`.");
        }
        return graph.revisionsNewestFirst(intersection(graph.descendantsOf(List.of(revision)), applied));
    }

    Set<String> stamp(Set<String> applied, Target target, boolean purge) {
        rejectCurrent(target);
        Set<String> stamped;
        if (target instanceof Target.Relative relative) {
            // Steps count from the recorded state, so purge cannot ignore it here.
            stamped = stateAfter(applied, relative);
        } else if (target instanceof Target.Heads) {
            stamped = new HashSet<>(graph.ids());
        } else if (target instanceof Target.Base) {
            stamped = Set.of();
        } else if (target instanceof Target.BranchBase branchBase) {
            Set<String> branch = withDescendantsIn(Set.of(targets.labeled(branchBase.label())), graph.ids());
            stamped = purge ? Set.of() : minus(applied, branch);
        } else {
            Set<String> destinations = targets.destinations(target);
            stamped = withAncestors(destinations);
            if (!purge) {
                stamped.addAll(minus(applied, graph.descendantsOf(destinations)));
            }
        }
        return graph.orderedSet(stamped);
    }

    /** The applied set once {@code relative} has been upgraded or downgraded. */
    Set<String> stateAfter(Set<String> applied, Target.Relative relative) {
        if (relative.isUp()) {
            Set<String> state = new HashSet<>(applied);
            state.addAll(stepsUp(applied, relative));
            return state;
        }
        return minus(applied, stepsDown(applied, relative));
    }

    /** The next N pending revisions (of the branch, if labeled) and whatever they need that is missing. */
    private Set<String> stepsUp(Set<String> applied, Target.Relative relative) {
        List<String> pending = graph.inOrder(minus(scope(relative), applied));
        int count = relative.count();
        if (count > pending.size()) {
            throw new TargetResolutionException("Target '" + relative.spelled() + "' is out of reach: "
                    + where(relative, pending.size()) + " only " + TargetResolver.revisions(pending.size())
                    + " pending.");
        }
        return minus(withAncestors(pending.subList(0, count)), applied);
    }

    /** The last N applied revisions (of the branch, if labeled) and whatever applied needs them. */
    private Set<String> stepsDown(Set<String> applied, Target.Relative relative) {
        List<String> present = graph.inOrder(intersection(scope(relative), applied));
        int count = relative.count();
        if (count > present.size()) {
            throw new TargetResolutionException("Target '" + relative.spelled() + "' is out of reach: "
                    + where(relative, present.size()) + " only " + TargetResolver.revisions(present.size())
                    + " applied.");
        }
        return withDescendantsIn(present.subList(present.size() - count, present.size()), applied);
    }

    private Collection<String> scope(Target.Relative relative) {
        return relative.label() == null ? graph.ids() : targets.branch(relative.label());
    }

    private static String where(Target.Relative relative, int count) {
        if (relative.label() != null) {
            return "branch '" + relative.label() + "' has";
        }
        return count == 1 ? "there is" : "there are";
    }

    private static void rejectCurrent(Target target) {
        if (target instanceof Target.Current) {
            throw TargetParser.unknown(target.spelled());
        }
    }

    private Set<String> withAncestors(Collection<String> ids) {
        Set<String> all = new HashSet<>(ids);
        all.addAll(graph.ancestorsOf(ids));
        return all;
    }

    /** {@code ids} and their descendants, as far as they are in {@code within}. */
    private Set<String> withDescendantsIn(Collection<String> ids, Collection<String> within) {
        Set<String> all = new LinkedHashSet<>(ids);
        all.addAll(graph.descendantsOf(ids));
        return intersection(all, within);
    }

    private static Set<String> minus(Collection<String> from, Collection<String> removed) {
        Set<String> result = new HashSet<>(from);
        result.removeAll(removed instanceof Set ? removed : new HashSet<>(removed));
        return result;
    }

    private static Set<String> intersection(Collection<String> left, Collection<String> right) {
        Set<String> lookup = right instanceof Set<String> set ? set : new HashSet<>(right);
        Set<String> result = new HashSet<>();
        for (String id : left) {
            if (lookup.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }
}
