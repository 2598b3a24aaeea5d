package dev.migrations.autogenerate;

import dev.migrations.graph.RevisionIds;
import dev.migrations.ops.Operation;

import javax.lang.model.SourceVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A migration class to generate: where it goes, which revision it is, and what its {@code upgrade()} and
 * {@code downgrade()} do. {@link MigrationSourceRenderer} turns it into Java source.
 *
 * @param packageName  the package of the class
 * @param className    the simple name of the class, see {@link MigrationClassName#fromMessage}
 * @param revision     the revision id, see {@link RevisionIds#generate()}
 * @param revises      the revisions it follows: none for a base, one, or several for a merge
 * @param message      the one-line description
 * @param dependsOn    revisions that must be applied first, without merging their branches
 * @param branchLabels names for the branch that starts at this revision
 * @param upgrade      the operations of {@code upgrade()}, in order; empty for a revision the user fills in
 * @param downgrade    the operations of {@code downgrade()}; empty to leave the method out, so that the
 *                     downgrade is derived by reversing {@code upgrade()}
 * @param createdAt    when the class was generated, shown in its Javadoc; null to leave it out
 */
public record MigrationClass(String packageName, String className, String revision, List<String> revises,
                             String message, List<String> dependsOn, List<String> branchLabels,
                             List<Operation> upgrade, List<Operation> downgrade, Instant createdAt) {

    public MigrationClass {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(revision, "revision");
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a Java package name");
        }
        if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
            throw new IllegalArgumentException("'" + className + "' is not a Java class name");
        }
        revises = List.copyOf(revises == null ? List.of() : revises);
        dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        branchLabels = List.copyOf(branchLabels == null ? List.of() : branchLabels);
        for (String id : concat(List.of(revision), revises, dependsOn)) {
            if (!RevisionIds.isValid(id)) {
                throw new IllegalArgumentException("'" + id + "' is not a revision id: " + "1 to 64 characters, "
                        + "none of '@', '-', '+', ':' or whitespace");
            }
        }
        message = message == null ? "" : message;
        upgrade = List.copyOf(upgrade == null ? List.of() : upgrade);
        downgrade = List.copyOf(downgrade == null ? List.of() : downgrade);
    }

    /** A revision with empty bodies, for the user to fill in; a merge when {@code revises} has several. */
    public static MigrationClass empty(String packageName, String className, String revision, List<String> revises,
                                       String message) {
        return new MigrationClass(packageName, className, revision, revises, message, List.of(), List.of(),
                List.of(), List.of(), null);
    }

    /** The same class with these operations in its {@code upgrade()} and {@code downgrade()}. */
    public MigrationClass withOperations(List<Operation> upgrade, List<Operation> downgrade) {
        return new MigrationClass(packageName, className, revision, revises, message, dependsOn, branchLabels,
                upgrade, downgrade, createdAt);
    }

    /** The same class with these branch labels. */
    public MigrationClass withBranchLabels(List<String> branchLabels) {
        return new MigrationClass(packageName, className, revision, revises, message, dependsOn, branchLabels,
                upgrade, downgrade, createdAt);
    }

    /** The same class, stamped with its creation time in its Javadoc. */
    public MigrationClass withCreatedAt(Instant createdAt) {
        return new MigrationClass(packageName, className, revision, revises, message, dependsOn, branchLabels,
                upgrade, downgrade, createdAt);
    }

    /** The fully qualified class name. */
    public String qualifiedName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }

    /** Whether it joins several branches. */
    public boolean isMerge() {
        return revises.size() > 1;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
