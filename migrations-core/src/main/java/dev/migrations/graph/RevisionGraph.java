package dev.migrations.graph;

import dev.migrations.error.InvalidRevisionGraphException;
import dev.migrations.error.Remedies;
import dev.migrations.error.TargetResolutionException;
import dev.migrations.error.UnknownRevisionException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.Function;

/**
 * The validated, immutable graph of revisions, as Alembic's {@code RevisionMap}: its shape (heads, bases,
 * branch and merge points), its order, and the plans that move a database from one set of applied
 * revisions to a target.
 *
 * <p>Two kinds of edges join revisions. {@code revises} makes history: a revision revised by nobody is a
 * head, and two heads join only through a merge. {@code dependsOn} only orders: the dependency is applied
 * first and removed last, but the branches stay apart. Ancestors, descendants and every plan follow both
 * edges; heads and branches follow {@code revises} alone.
 *
 * <p>Lists and sets of revisions are always in topological order (parents first; ties broken by the
 * order the revisions were given in), or its reverse where the doc says "newest first".
 */
public final class RevisionGraph {

    private static final int SUGGESTIONS = 5;

    private final List<Revision> ordered;
    private final List<String> orderedIds;
    private final Map<String, Revision> byId = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    /** Up both edges: what must be applied before a revision. */
    private final Map<String, List<String>> parents = new HashMap<>();
    /** Down {@code revises} only: the revisions continuing a revision's branch. */
    private final Map<String, List<String>> children = new HashMap<>();
    /** Down both edges: what must be removed before a revision. */
    private final Map<String, List<String>> followers = new HashMap<>();
    private final Map<String, String> labelOwners = new HashMap<>();
    /** Sorted ids for prefixes and suggestions, built on first use: a start resolves no prefix. */
    private RevisionIdIndex idIndex;
    private final List<String> heads;
    private final List<String> bases;
    private final List<String> branchPoints;
    private final List<String> mergePoints;
    private final TargetResolver targets;
    private final Planner planner;
    private final HistoryRange history;

    private RevisionGraph(List<Revision> ordered) {
        this.ordered = List.copyOf(ordered);
        this.orderedIds = ordered.stream().map(Revision::id).toList();
        for (Revision revision : ordered) {
            String id = revision.id();
            byId.put(id, revision);
            positions.put(id, positions.size());
            parents.put(id, List.copyOf(TopologicalOrder.parentsOf(revision)));
            children.put(id, new ArrayList<>());
            followers.put(id, new ArrayList<>());
            revision.branchLabels().forEach(label -> labelOwners.put(label, id));
        }
        // Walking the revisions in order fills every list in order too.
        for (Revision revision : ordered) {
            revision.revises().forEach(parent -> children.get(parent).add(revision.id()));
            parents.get(revision.id()).forEach(parent -> followers.get(parent).add(revision.id()));
        }
        children.replaceAll((id, list) -> List.copyOf(list));
        followers.replaceAll((id, list) -> List.copyOf(list));
        List<String> headIds = new ArrayList<>();
        List<String> baseIds = new ArrayList<>();
        List<String> branchIds = new ArrayList<>();
        List<String> mergeIds = new ArrayList<>();
        // One pass, not a stream per kind: thousands of revisions are walked on every start.
        for (Revision revision : ordered) {
            String id = revision.id();
            int continuations = children.get(id).size();
            addIf(continuations == 0, headIds, id);
            addIf(revision.isBase(), baseIds, id);
            addIf(continuations > 1, branchIds, id);
            addIf(revision.isMerge(), mergeIds, id);
        }
        this.heads = List.copyOf(headIds);
        this.bases = List.copyOf(baseIds);
        this.branchPoints = List.copyOf(branchIds);
        this.mergePoints = List.copyOf(mergeIds);
        this.targets = new TargetResolver(this);
        this.planner = new Planner(this, targets);
        this.history = new HistoryRange(this, targets, planner);
    }

    /**
     * Validates and orders {@code revisions}; throws {@link InvalidRevisionGraphException} naming the
     * revisions involved for illegal or duplicate ids, unknown references, cycles and branch label clashes.
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        Objects.requireNonNull(revisions, "revisions");
        List<Revision> given = new ArrayList<>(revisions.size());
        for (Revision revision : revisions) {
            given.add(Objects.requireNonNull(revision, "revisions must not contain null"));
        }
        GraphValidator.validate(given);
        return new RevisionGraph(TopologicalOrder.of(given));
    }

    synchronized RevisionIdIndex idIndex() {
        if (idIndex == null) {
            idIndex = new RevisionIdIndex(orderedIds);
        }
        return idIndex;
    }

    /**
     * The graph of {@code revisions}, validated and built the first time it is asked for: a start that learns from
     * one query that every revision is applied from unchanged sources needs none of it.
     */
    public static Supplier<RevisionGraph> lazy(Collection<Revision> revisions) {
        List<Revision> given = List.copyOf(revisions);
        return new Supplier<>() {
            private RevisionGraph graph;

            @Override
            public synchronized RevisionGraph get() {
                if (graph == null) {
                    graph = of(given);
                }
                return graph;
            }
        };
    }

    /** The revisions no other revision revises, in the given order: the heads, without building the graph. */
    public static List<String> unrevised(Collection<Revision> revisions) {
        Set<String> revised = new HashSet<>();
        revisions.forEach(revision -> revised.addAll(revision.revises()));
        List<String> heads = new ArrayList<>();
        for (Revision revision : revisions) {
            if (!revised.contains(revision.id())) {
                heads.add(revision.id());
            }
        }
        return heads;
    }

    /** All revisions, each after everything it revises and depends on. */
    public List<Revision> revisions() {
        return ordered;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /**
     * Of revisions this graph lacks, each given with the revisions it revises, those a newer release applied on top
     * of this code's history: each revises only revisions of this graph or other such revisions, and none of this
     * graph's revises it. Any other is a gap in the code's history (a deleted migration), which is a real problem.
     */
    public Set<String> aheadOf(Map<String, List<String>> unknown) {
        Set<String> revisedByCode = new HashSet<>();
        ordered.forEach(revision -> revisedByCode.addAll(revision.revises()));
        Set<String> ahead = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, List<String>> candidate : unknown.entrySet()) {
                String id = candidate.getKey();
                if (!ahead.contains(id) && !contains(id) && !revisedByCode.contains(id)
                        && !candidate.getValue().isEmpty()
                        && candidate.getValue().stream().allMatch(parent -> contains(parent) || ahead.contains(parent))) {
                    ahead.add(id);
                    grew = true;
                }
            }
        }
        return ahead;
    }

    /** The revision with exactly this id; throws {@link TargetResolutionException} suggesting close ids. */
    public Revision get(String id) {
        Revision revision = byId.get(id);
        if (revision == null) {
            List<String> close = id == null ? List.of() : idIndex().closeTo(id, SUGGESTIONS);
            throw new TargetResolutionException(id, "Unknown revision '" + id + "'"
                    + (close.isEmpty() ? "" : "; close ids: " + String.join(", ", close))
                    + ". Run `migrations history` to list the revisions.");
        }
        return revision;
    }

    /** The revisions no revision revises; a revision depended on can still be a head. */
    public List<String> heads() {
        return heads;
    }

    /** The revisions that revise nothing. */
    public List<String> bases() {
        return bases;
    }

    /** The revisions revised by two or more revisions. */
    public List<String> branchPoints() {
        return branchPoints;
    }

    /** The revisions that revise two or more revisions. */
    public List<String> mergePoints() {
        return mergePoints;
    }

    /** The revisions that list {@code id} in their revises. */
    public List<String> childrenOf(String id) {
        get(id);
        return children.get(id);
    }

    /** Everything that must be applied before {@code id}, following revises and dependsOn. */
    public Set<String> ancestors(String id) {
        get(id);
        return orderedSet(ancestorsOf(List.of(id)));
    }

    /** Everything that must be removed before {@code id}, following revises and dependsOn. */
    public Set<String> descendants(String id) {
        get(id);
        return orderedSet(descendantsOf(List.of(id)));
    }

    /**
     * The revision {@code text} names: an exact id, else a branch label, else a unique id prefix of at
     * least 4 characters. Target forms that name one revision whatever the database holds are read too
     * ({@code head}, {@code label@head}, {@code label@base}, {@code <revision>+N}), so that
     * {@code show head} works. Throws {@link TargetResolutionException} when it is unknown, ambiguous,
     * too short, or names a state rather than a revision ({@code heads}, {@code base}, {@code -1}).
     */
    public String resolveRevision(String text) {
        return targets.revision(TargetParser.parse(text));
    }

    /**
     * The applied revisions that no applied revision continues (through revises), as the database's
     * {@code current}. Once everything is applied they are exactly {@link #heads()}.
     */
    public Set<String> currentHeads(Set<String> applied) {
        requireKnown(applied);
        if (applied.size() == ordered.size()) {
            return orderedSet(heads);
        }
        Set<String> continued = reach(applied, id -> byId.get(id).revises());
        List<String> current = new ArrayList<>();
        for (String id : inOrder(applied)) {
            if (!continued.contains(id)) {
                current.add(id);
            }
        }
        return orderedSet(current);
    }

    /** The revisions to apply, in order, to reach {@code target} from {@code applied}. */
    public List<Revision> upgradePlan(Set<String> applied, String target) {
        requireKnown(applied);
        return planner.upgrade(applied, TargetParser.parse(target));
    }

    /** The revisions to remove, newest first, to go back to {@code target} from {@code applied}. */
    public List<Revision> downgradePlan(Set<String> applied, String target) {
        requireKnown(applied);
        return planner.downgrade(applied, TargetParser.parse(target));
    }

    /**
     * The applied set once stamped at {@code target}, without running anything. With {@code purge} the old
     * set is ignored and the result is the target and its ancestors only.
     */
    public Set<String> stamp(Set<String> applied, String target, boolean purge) {
        requireKnown(applied);
        return planner.stamp(applied, TargetParser.parse(target), purge);
    }

    /** The revisions of a {@code history -r} range ({@code from:to}, {@code from:}, {@code :to}), newest first. */
    public List<Revision> range(Set<String> applied, String range) {
        requireKnown(applied);
        return history.select(applied, range);
    }

    // --- for the planners in this package ---------------------------------------------------------

    List<String> ids() {
        return orderedIds;
    }

    String labelOwner(String label) {
        return labelOwners.get(label);
    }

    Set<String> labels() {
        return new TreeSet<>(labelOwners.keySet());
    }


    /** Strict ancestors of any of {@code ids}, unordered. */
    Set<String> ancestorsOf(Collection<String> ids) {
        return reach(ids, parents::get);
    }

    /** Strict descendants of any of {@code ids}, unordered. */
    Set<String> descendantsOf(Collection<String> ids) {
        return reach(ids, followers::get);
    }

    /** {@code id} and every revision continuing it through revises: its branch. */
    Set<String> branchFrom(String id) {
        Set<String> branch = reach(List.of(id), children::get);
        branch.add(id);
        return branch;
    }

    /** {@code ids} in topological order. */
    List<String> inOrder(Collection<String> ids) {
        return ids.stream().sorted(Comparator.comparingInt(positions::get)).toList();
    }

    List<Revision> revisionsInOrder(Collection<String> ids) {
        return inOrder(ids).stream().map(byId::get).toList();
    }

    List<Revision> revisionsNewestFirst(Collection<String> ids) {
        List<Revision> revisions = new ArrayList<>(revisionsInOrder(ids));
        Collections.reverse(revisions);
        return List.copyOf(revisions);
    }

    /** An unmodifiable set iterating {@code ids} in topological order. */
    Set<String> orderedSet(Collection<String> ids) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(inOrder(ids)));
    }

    // --- internals --------------------------------------------------------------------------------

    private static void addIf(boolean condition, List<String> ids, String id) {
        if (condition) {
            ids.add(id);
        }
    }

    /** Everything reachable from {@code start} in one or more steps; iterative, so depth costs no stack. */
    private static Set<String> reach(Collection<String> start, Function<String, List<String>> next) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(start);
        while (!pending.isEmpty()) {
            for (String id : next.apply(pending.pop())) {
                if (reached.add(id)) {
                    pending.push(id);
                }
            }
        }
        return reached;
    }

    /** The caller checks "database ahead of code" first; this guards the contract. */
    private void requireKnown(Set<String> applied) {
        Objects.requireNonNull(applied, "applied");
        for (String id : applied) {
            if (!byId.containsKey(id)) {
                throw new UnknownRevisionException(id, "The database records revision " + id + ", which no "
                        + "migration defines: the database is ahead of the code. " + Remedies.unknownInCode(id));
            }
        }
    }
}
