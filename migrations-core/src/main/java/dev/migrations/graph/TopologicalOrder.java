package dev.migrations.graph;

import dev.migrations.error.InvalidRevisionGraphException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders revisions parents first (Kahn's algorithm over both revises and dependsOn edges). Among the
 * revisions ready at the same time the one given first wins, so the order depends on the input alone,
 * never on hashing. A cycle leaves revisions that never become ready; one of them leads to the cycle.
 */
final class TopologicalOrder {

    private final List<Revision> revisions;
    private final Map<String, Integer> indexOf = new HashMap<>();

    private TopologicalOrder(List<Revision> revisions) {
        this.revisions = revisions;
        for (int i = 0; i < revisions.size(); i++) {
            indexOf.put(revisions.get(i).id(), i);
        }
    }

    /**
     * The revisions, each after everything it revises and depends on. Expects ids unique and references
     * known ({@link GraphValidator}); throws {@link InvalidRevisionGraphException} on a cycle.
     */
    static List<Revision> of(List<Revision> revisions) {
        return new TopologicalOrder(revisions).sort();
    }

    /** Every revision that must precede {@code revision}, revises first, each once. */
    static Collection<String> parentsOf(Revision revision) {
        if (revision.dependsOn().isEmpty()) {
            // The common case, and the validator has refused a revision listing a parent twice.
            return revision.revises();
        }
        Set<String> parents = new LinkedHashSet<>(revision.revises());
        parents.addAll(revision.dependsOn());
        return parents;
    }

    private List<Revision> sort() {
        int count = revisions.size();
        List<List<Integer>> followers = new ArrayList<>(count);
        int[] unmetParents = new int[count];
        for (int i = 0; i < count; i++) {
            followers.add(new ArrayList<>());
        }
        for (int i = 0; i < count; i++) {
            for (String parent : parentsOf(revisions.get(i))) {
                followers.get(indexOf.get(parent)).add(i);
                unmetParents[i]++;
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < count; i++) {
            if (unmetParents[i] == 0) {
                ready.add(i);
            }
        }
        List<Revision> ordered = new ArrayList<>(count);
        while (!ready.isEmpty()) {
            int next = ready.poll();
            ordered.add(revisions.get(next));
            for (int follower : followers.get(next)) {
                if (--unmetParents[follower] == 0) {
                    ready.add(follower);
                }
            }
        }
        if (ordered.size() < count) {
            throw cycleError(unmetParents);
        }
        return ordered;
    }

    /**
     * Every revision left over has a parent that is left over too, so walking up from any of them must
     * come back to a revision already seen: that loop is the cycle.
     */
    private InvalidRevisionGraphException cycleError(int[] unmetParents) {
        int start = 0;
        while (unmetParents[start] == 0) {
            start++;
        }
        List<Integer> walk = new ArrayList<>();
        Map<Integer, Integer> stepOf = new HashMap<>();
        int current = start;
        while (!stepOf.containsKey(current)) {
            stepOf.put(current, walk.size());
            walk.add(current);
            current = leftOverParent(current, unmetParents);
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(stepOf.get(current), walk.size()));
        // The walk went from child to parent; history reads from parent to child.
        Collections.reverse(cycle);
        Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
        List<String> ids = cycle.stream().map(i -> revisions.get(i).id()).toList();
        String path = String.join(" -> ", ids) + " -> " + ids.get(0);
        return new InvalidRevisionGraphException(ids.get(0), "Revisions " + String.join(", ", ids)
                + " form a cycle: " + path + " (each arrow points to a revision that revises or depends on the "
                + "previous one). History must start somewhere: remove one of these links from revises or dependsOn.");
    }

    private int leftOverParent(int child, int[] unmetParents) {
        for (String parent : parentsOf(revisions.get(child))) {
            int index = indexOf.get(parent);
            if (unmetParents[index] > 0) {
                return index;
            }
        }
        throw new IllegalStateException("revision " + revisions.get(child).id() + " waits for no left-over parent");
    }
}
