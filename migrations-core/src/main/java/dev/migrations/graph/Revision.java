package dev.migrations.graph;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One node of the revision graph, as declared by a migration.
 *
 * @param id           the revision id, see {@link RevisionIds#isValid}
 * @param revises      the revisions this one follows, in declared order: none for a base, several for a merge
 * @param dependsOn    revisions that must be applied first without their branches being merged into this one
 * @param branchLabels names usable as targets, such as {@code label@head}
 * @param message      a one-line description
 */
public record Revision(
        String id, List<String> revises, List<String> dependsOn, Set<String> branchLabels, String message) {

    public Revision {
        Objects.requireNonNull(id, "revision id");
        revises = revises == null ? List.of() : List.copyOf(revises);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        branchLabels = branchLabels == null ? Set.of() : Set.copyOf(branchLabels);
        message = message == null ? "" : message;
    }

    /** The revision as every message names it: {@code id (message)}, or the id alone when it has no message. */
    public static String label(String id, String message) {
        return message == null || message.isEmpty() ? id : id + " (" + message + ")";
    }

    /**
     * The revisions a step starts from, as history and scripts print them: {@code <base>} for none, as Alembic
     * prints it, else the parents separated by commas.
     */
    public static String parents(List<String> revises) {
        return revises.isEmpty() ? "<base>" : String.join(", ", revises);
    }

    /** Whether the revision starts a line of history: it revises nothing. */
    public boolean isBase() {
        return revises.isEmpty();
    }

    /** Whether the revision joins several branches. */
    public boolean isMerge() {
        return revises.size() > 1;
    }
}
