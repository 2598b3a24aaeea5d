package dev.migrations.graph;

import dev.migrations.error.TargetResolutionException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the revisions a parsed {@link Target} names in one graph. */
final class TargetResolver {

    /** Shorter prefixes match too much to be typed safely. */
    static final int MIN_PREFIX = 4;

    private static final int LISTED_MATCHES = 10;

    private final RevisionGraph graph;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /** An exact id, else a branch label, else a unique id prefix of at least {@link #MIN_PREFIX} characters. */
    String resolve(String text) {
        String name = text == null ? "" : text.strip();
        if (graph.contains(name)) {
            return name;
        }
        String owner = graph.labelOwner(name);
        if (owner != null) {
            return owner;
        }
        List<String> matches = name.isEmpty() ? List.of() : graph.idIndex().withPrefix(name);
        if (matches.isEmpty()) {
            throw new TargetResolutionException(name, "Unknown revision '" + name + "': it is no revision id, branch "
                    + "label or id prefix. Run `migrations history` to list the revisions.");
        }
        if (name.length() < MIN_PREFIX) {
            throw new TargetResolutionException(name, "Revision prefix '" + name + "' is too short: give at least "
                    + MIN_PREFIX + " characters of the id (it matches " + listed(matches) + ").");
        }
        if (matches.size() > 1) {
            throw new TargetResolutionException(name, "Revision prefix '" + name + "' is ambiguous: it matches "
                    + listed(matches) + ". Give more characters of the id.");
        }
        return matches.get(0);
    }

    /**
     * The single revision a target names. Heads, base, current and steps from the current state name a
     * state, not a revision, and are refused.
     */
    String revision(Target target) {
        if (target instanceof Target.Named named) {
            return resolve(named.text());
        }
        if (target instanceof Target.Head) {
            List<String> heads = graph.heads();
            if (heads.isEmpty()) {
                throw new TargetResolutionException("Target 'head' names no revision: there are no revisions yet.");
            }
            return single(heads, "head", "there are " + heads.size() + " heads");
        }
        if (target instanceof Target.BranchHead branchHead) {
            String label = branchHead.label();
            List<String> heads = graph.inOrder(branch(label)).stream()
                    .filter(id -> graph.childrenOf(id).isEmpty())
                    .toList();
            return single(heads, branchHead.spelled(), "branch '" + label + "' has " + heads.size() + " heads");
        }
        if (target instanceof Target.BranchBase branchBase) {
            return labeled(branchBase.label());
        }
        if (target instanceof Target.Step step) {
            return step(revision(step.anchor()), step);
        }
        throw new TargetResolutionException("Target '" + target.spelled() + "' is not a single revision; use a "
                + "revision id, prefix or label, head, label@head or label@base here.");
    }

    /** What an upgrade or stamp reaches for: every head, the single head (none when empty), or one revision. */
    Set<String> destinations(Target target) {
        if (target instanceof Target.Heads) {
            return new LinkedHashSet<>(graph.heads());
        }
        if (target instanceof Target.Head && graph.heads().isEmpty()) {
            return Set.of();
        }
        return Set.of(revision(target));
    }

    /** The revision carrying {@code label}. */
    String labeled(String label) {
        String owner = graph.labelOwner(label);
        if (owner == null) {
            Set<String> labels = graph.labels();
            throw new TargetResolutionException("Unknown branch label '" + label + "'; "
                    + (labels.isEmpty() ? "no revision declares a branch label." : "known labels: "
                    + String.join(", ", labels) + ".") + " Run `migrations history` to see the branches.");
        }
        return owner;
    }

    /** The revision carrying {@code label} and every revision continuing it through revises. */
    Set<String> branch(String label) {
        return graph.branchFrom(labeled(label));
    }

    private static String single(List<String> heads, String target, String problem) {
        if (heads.size() == 1) {
            return heads.get(0);
        }
        String ids = String.join(" ", heads);
        throw new TargetResolutionException("Target '" + target + "' needs a single head, but " + problem + ": "
                + String.join(", ", heads) + "; run `migrations merge -m \"merge heads\" " + ids + "` to join them, "
                + "or name one head / use `heads`.");
    }

    /** Follows children up, or revises down, one revision at a time; a fork on the way makes it ambiguous. */
    private String step(String from, Target.Step step) {
        boolean up = step.steps() > 0;
        int count = Math.abs(step.steps());
        String current = from;
        for (int taken = 0; taken < count; taken++) {
            List<String> next = up ? graph.childrenOf(current) : graph.get(current).revises();
            if (next.isEmpty()) {
                throw new TargetResolutionException(from, "Target '" + step.spelled() + "' is out of reach: " + from
                        + " has only " + revisions(taken) + (up ? " above" : " below") + " it (" + current + " is a "
                        + (up ? "head" : "base") + ").");
            }
            if (next.size() > 1) {
                throw new TargetResolutionException(current, "Target '" + step.spelled() + "' is ambiguous: revision "
                        + current + (up ? " branches into " : " merges ") + String.join(", ", next)
                        + ". Name the revision you mean instead" + (up ? ", or use label@head." : "."));
            }
            current = next.get(0);
        }
        return current;
    }

    /** "1 revision", "3 revisions". */
    static String revisions(int count) {
        return count + (count == 1 ? " revision" : " revisions");
    }

    private static String listed(List<String> matches) {
        if (matches.size() <= LISTED_MATCHES) {
            return String.join(", ", matches);
        }
        return String.join(", ", matches.subList(0, LISTED_MATCHES)) + " and " + (matches.size() - LISTED_MATCHES)
                + " more";
    }
}
