package dev.migrations.graph;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The small graphs the graph tests run against, and the notation their tables use. */
final class SampleGraphs {

    private SampleGraphs() {
    }

    /** r1 - r2 - r3 - r4 - r5 */
    static RevisionGraph linear() {
        return RevisionGraph.of(List.of(revision("r1"), revision("r2", "r1"), revision("r3", "r2"),
                revision("r4", "r3"), revision("r5", "r4")));
    }

    /**
     * <pre>
     *         a1 (alpha) - a2
     * root &lt;                   &gt; merge - top
     *         b1 (beta)  - b2
     * </pre>
     */
    static RevisionGraph diamond() {
        return RevisionGraph.of(List.of(
                revision("root"),
                labeled("a1", "alpha", "root"), revision("a2", "a1"),
                labeled("b1", "beta", "root"), revision("b2", "b1"),
                revision("merge", "a2", "b2"), revision("top", "merge")));
    }

    /**
     * Two branches that never merge; b2 depends on a1, so a1 comes first but a2 and b2 both stay heads.
     * <pre>
     *         a1 (alpha) - a2
     * root &lt;     :
     *         b1 (beta)  - b2
     * </pre>
     */
    static RevisionGraph dependent() {
        return RevisionGraph.of(List.of(
                revision("root"),
                labeled("a1", "alpha", "root"), revision("a2", "a1"),
                labeled("b1", "beta", "root"),
                new Revision("b2", List.of("b1"), List.of("a1"), Set.of(), "needs a1")));
    }

    /** A graph by the name a test table uses. */
    static RevisionGraph named(String name) {
        return switch (name) {
            case "linear" -> linear();
            case "diamond" -> diamond();
            case "dependent" -> dependent();
            default -> throw new IllegalArgumentException("no sample graph " + name);
        };
    }

    static Revision revision(String id, String... revises) {
        return new Revision(id, List.of(revises), List.of(), Set.of(), "");
    }

    static Revision labeled(String id, String label, String... revises) {
        return new Revision(id, List.of(revises), List.of(), Set.of(label), "");
    }

    /** Table notation: space separated ids, {@code all} for every revision; null or blank for none. */
    static Set<String> applied(RevisionGraph graph, String ids) {
        if (ids != null && ids.strip().equals("all")) {
            return Set.copyOf(graph.revisions().stream().map(Revision::id).toList());
        }
        return Set.copyOf(words(ids));
    }

    /** Table notation: space separated ids in the expected order; null or blank for none. */
    static List<String> words(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.strip().split("\\s+"));
    }

    static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    static List<String> ids(Set<String> set) {
        return List.copyOf(new LinkedHashSet<>(set));
    }
}
