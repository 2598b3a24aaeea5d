package dev.migrations.graph;

import dev.migrations.error.InvalidRevisionGraphException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a set of revisions must follow before it can be ordered: legal and unique ids, known
 * references, unambiguous branch labels. Revisions are checked in the order given and the first broken
 * rule is reported, so the same input always yields the same message. Cycles are found by
 * {@link TopologicalOrder}, which has to walk the graph anyway.
 */
final class GraphValidator {

    /** Words that targets give a meaning to; an id or label spelled so could never be reached. */
    static final List<String> KEYWORDS = List.of("head", "heads", "base", "current");

    private static final int SUGGESTIONS = 5;

    private final List<Revision> revisions;
    /** Sorted ids for suggestions, built only when an error needs one. */
    private RevisionIdIndex index;

    /** Every id, once the ids are known to be unique. */
    private final Set<String> ids = new HashSet<>();

    private GraphValidator(List<Revision> revisions) {
        this.revisions = revisions;
    }

    /** Throws {@link InvalidRevisionGraphException} for the first broken rule. */
    static void validate(List<Revision> revisions) {
        GraphValidator validator = new GraphValidator(revisions);
        validator.checkIds();
        validator.checkUniqueIds();
        validator.checkReferences();
        validator.checkBranchLabels();
    }

    private void checkIds() {
        for (Revision revision : revisions) {
            String id = revision.id();
            if (!RevisionIds.isValid(id)) {
                throw new InvalidRevisionGraphException(id, "Revision id '" + id + "' is illegal: an id has "
                        + RevisionIds.RULE + ". Rename the revision (RevisionIds.generate() makes a fresh id) and "
                        + "update every migration that revises or depends on it.");
            }
            if (KEYWORDS.contains(id)) {
                throw new InvalidRevisionGraphException(id, "Revision id '" + id + "' is a reserved word ("
                        + String.join(", ", KEYWORDS) + " are targets). Rename the revision and update every "
                        + "migration that revises or depends on it.");
            }
        }
    }

    private void checkUniqueIds() {
        for (Revision revision : revisions) {
            if (!ids.add(revision.id())) {
                Revision first = revisions.stream().filter(r -> r.id().equals(revision.id())).findFirst().orElseThrow();
                throw new InvalidRevisionGraphException(revision.id(), "Revision id '" + revision.id()
                        + "' is declared twice" + messagesOf(first, revision) + ". Give one of the two migrations "
                        + "a new id (RevisionIds.generate()) and update the migrations that revise it.");
            }
        }
    }

    private static String messagesOf(Revision first, Revision second) {
        if (first.message().isEmpty() && second.message().isEmpty()) {
            return "";
        }
        return " (\"" + first.message() + "\" and \"" + second.message() + "\")";
    }

    private void checkReferences() {
        for (Revision revision : revisions) {
            checkReferences(revision, revision.revises(), "revises", ids);
            checkReferences(revision, revision.dependsOn(), "depends on", ids);
        }
    }

    private void checkReferences(Revision revision, List<String> references, String relation, Set<String> known) {
        String id = revision.id();
        Set<String> listed = references.size() < 2 ? null : new HashSet<>();
        for (String reference : references) {
            if (reference.equals(id)) {
                throw new InvalidRevisionGraphException(id, "Revision " + id + " " + relation + " itself; remove '"
                        + id + "' from its " + field(relation) + ".");
            }
            if (listed != null && !listed.add(reference)) {
                throw new InvalidRevisionGraphException(id, "Revision " + id + " lists " + reference + " twice in "
                        + field(relation) + "; list each revision once.");
            }
            if (!known.contains(reference)) {
                throw new InvalidRevisionGraphException(id, "Revision " + id + " " + relation + " " + reference
                        + ", which is not a known revision" + suggestionFor(reference) + ". Add the missing "
                        + "migration or correct the " + field(relation) + " of " + id + ".");
            }
        }
    }

    private static String field(String relation) {
        return relation.equals("revises") ? "revises" : "dependsOn";
    }

    private String suggestionFor(String unknown) {
        if (index == null) {
            index = new RevisionIdIndex(revisions.stream().map(Revision::id).toList());
        }
        List<String> close = index.closeTo(unknown, SUGGESTIONS);
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }

    private void checkBranchLabels() {
        Map<String, String> owners = new HashMap<>();
        for (Revision revision : revisions) {
            if (revision.branchLabels().isEmpty()) {
                continue;
            }
            String id = revision.id();
            // Sorted: Set.copyOf iterates in an order that changes from one run to the next.
            for (String label : revision.branchLabels().stream().sorted().toList()) {
                if (!RevisionIds.isValid(label) || KEYWORDS.contains(label)) {
                    throw new InvalidRevisionGraphException(id, "Branch label '" + label + "' of revision " + id
                            + " is illegal: a label follows the rule of ids (" + RevisionIds.RULE + ") and is none of "
                            + String.join(", ", KEYWORDS) + ". Rename the label.");
                }
                if (ids.contains(label)) {
                    throw new InvalidRevisionGraphException(id, "Branch label '" + label + "' of revision " + id
                            + " is also the id of revision " + label + ", so '" + label + "' would be ambiguous. "
                            + "Rename the label.");
                }
                String owner = owners.putIfAbsent(label, id);
                if (owner != null) {
                    throw new InvalidRevisionGraphException(id, "Branch label '" + label + "' is declared by both "
                            + "revision " + owner + " and revision " + id + "; a label names one revision. "
                            + "Remove it from one of them or rename it.");
                }
            }
        }
    }
}
