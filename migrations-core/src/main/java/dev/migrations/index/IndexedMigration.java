package dev.migrations.index;

import java.util.List;

/**
 * One {@code @Migration} class as the build-time index lists it: what its annotation says, read without loading the
 * class.
 *
 * @param className the binary name, as {@link Class#forName(String)} takes it
 * @param lockTimeout as written in the annotation, empty for the default
 * @param statementTimeout as written in the annotation, empty for the default
 * @param sourceFingerprint a digest of the class's source file as compiled, empty when the compiler did not show it
 */
public record IndexedMigration(String className, String revision, List<String> revises, List<String> dependsOn,
                               List<String> branchLabels, String message, boolean transactional, String lockTimeout,
                               String statementTimeout, String sourceFingerprint) {

    public IndexedMigration {
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
    }

    /** The package the class is in; empty for the unnamed package. */
    public String packageName() {
        return packageOf(className);
    }

    /** The package of a binary class name; empty for the unnamed package. */
    public static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** Where the class file is, relative to its class path root. */
    public String classResource() {
        return className.replace('.', '/') + ".class";
    }
}
