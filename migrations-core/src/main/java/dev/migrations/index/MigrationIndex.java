package dev.migrations.index;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code @Migration} classes of a class path as the build wrote them down ({@link MigrationIndexProcessor}, one
 * {@value #RESOURCE} per compiled module), so that finding them reads a few small files instead of every class file
 * under the packages.
 *
 * <p>The index answers only when it covers every class path root that holds one of the packages: a jar without
 * one (built without the processor) could hold migrations it does not list, and then the caller must scan. Only an
 * index inside a jar is trusted: a directory of classes is what an IDE compiles into, usually without processors,
 * leaving the last build's index behind while it adds classes; there the caller scans too. Nor does an index answer
 * for a jar that also holds a {@code @Migration} class it does not list (compiled by another compiler, or by a javac
 * run without the processor): the list of compiled classes beside it ({@value #COMPILED_CLASSES}) tells which class
 * files to look at. An entry whose class file is gone (deleted since an incremental build wrote the index) is left
 * out.
 */
public final class MigrationIndex {

    /**
     * At the root of the module's classes, not under {@code META-INF}: Spring Boot's executable jar moves
     * {@code META-INF} out of {@code BOOT-INF/classes}, away from the classes the index lists.
     */
    public static final String RESOURCE = "dev.migrations.index";

    /**
     * Beside the index: the top-level classes the compilation that wrote it compiled, so that a class it did not
     * compile (Kotlin, Groovy or Scala code, or a javac run without the processor) is noticed.
     */
    public static final String COMPILED_CLASSES = "dev.migrations.classes";

    private final List<IndexedMigration> migrations;
    private final String uncovered;
    private final String whyUncovered;
    private final boolean uncoveredIsJar;

    private MigrationIndex(List<IndexedMigration> migrations, String uncovered, String whyUncovered) {
        this.migrations = migrations;
        this.uncovered = uncovered;
        this.whyUncovered = whyUncovered;
        this.uncoveredIsJar = uncovered != null && uncovered.startsWith("jar:");
    }

    private static MigrationIndex uncovered(String root, String why) {
        return new MigrationIndex(List.of(), root, why);
    }

    /** Reads the index of {@code loader}'s class path for {@code packages}. */
    public static MigrationIndex read(ClassLoader loader, Collection<String> packages) {
        try {
            Map<String, URL> indexByRoot = new LinkedHashMap<>();
            for (URL url : Collections.list(loader.getResources(RESOURCE))) {
                String text = url.toString();
                indexByRoot.putIfAbsent(text.substring(0, text.length() - RESOURCE.length()), url);
            }
            String unindexed = uncoveredRoot(loader, packages, indexByRoot.keySet());
            if (unindexed != null) {
                return uncovered(unindexed, unindexed.startsWith("jar:")
                        ? unindexed + " has no migration index (" + RESOURCE + "), though it holds classes under "
                                + "the packages: it was built without the annotation processor of migrations-core, "
                                + "which javac runs on JDK 23 and later only when asked (-proc:full, or the "
                                + "processor path)"
                        : unindexed + " holds classes under the packages and is no jar: an index in a directory of "
                                + "classes is not trusted (an IDE compiles into it without the processor)");
            }
            Map<String, IndexedMigration> byClass = new LinkedHashMap<>();
            for (Map.Entry<String, URL> root : indexByRoot.entrySet()) {
                Optional<IndexedJar> jar = IndexedJar.of(root.getValue(), root.getKey());
                if (jar.isEmpty() && root.getKey().startsWith("jar:")) {
                    return uncovered(root.getKey(), root.getKey() + " holds an index in a jar this JDK cannot "
                            + "open to check it against the jar's classes");
                }
                if (jar.isEmpty()) {
                    continue; // a directory, which holds none of the packages: uncoveredRoot would have named it
                }
                List<IndexedMigration> listed = listed(root.getValue(), packages);
                Set<String> listedNames = new HashSet<>();
                for (IndexedMigration m : listed) {
                    listedNames.add(m.className());
                }
                IndexedJar.Classes classes = jar.get().classesUnder(packages, listedNames);
                if (classes.unlistedMigration() != null) {
                    return uncovered(root.getKey(), root.getKey() + " holds " + classes.unlistedMigration()
                            + ", which carries @Migration but is not in that jar's migration index (" + RESOURCE
                            + "): it was compiled without the annotation processor of migrations-core, as Kotlin, "
                            + "Groovy and Scala code is, so the index cannot vouch for that jar");
                }
                for (IndexedMigration m : listed) {
                    if (classes.present().contains(m.className())) {
                        byClass.putIfAbsent(m.className(), m);
                    }
                }
            }
            return new MigrationIndex(List.copyOf(byClass.values()), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migration indexes (" + RESOURCE + ") of the class path", e);
        }
    }

    private static List<IndexedMigration> listed(URL index, Collection<String> packages) throws IOException {
        try (InputStreamReader in = new InputStreamReader(index.openStream(), StandardCharsets.UTF_8)) {
            return IndexFormat.read(in, index.toString(), className -> under(IndexedMigration.packageOf(className),
                    packages));
        }
    }

    /** Whether the index covers the packages: when not, {@link #whyUncovered()} says why. */
    public boolean covers() {
        return uncovered == null;
    }

    /** A class path root that holds one of the packages but no index it trusts, or null. */
    public String uncoveredRoot() {
        return uncovered;
    }

    /**
     * Why the index does not cover the packages, naming the class path root (and the class, for a class the index
     * does not list), for a message to go on from; null when it covers them.
     */
    public String whyUncovered() {
        return whyUncovered;
    }

    /**
     * Whether the root the index does not cover is a jar, built without the processor or holding classes compiled
     * without it: worth saying. A directory of classes is scanned without a word.
     */
    public boolean missingFromAJar() {
        return uncoveredIsJar;
    }

    /** The indexed migrations under the packages, each class once; empty when the index does not cover them. */
    public List<IndexedMigration> migrations() {
        return migrations;
    }

    private static String uncoveredRoot(ClassLoader loader, Collection<String> packages, Set<String> indexedRoots)
            throws IOException {
        for (String pkg : new LinkedHashSet<>(packages)) {
            if (pkg.isEmpty()) {
                return "the unnamed package, on every root";
            }
            String path = pkg.replace('.', '/');
            for (URL url : Collections.list(loader.getResources(path))) {
                String text = url.toString();
                String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
                if (!trimmed.endsWith(path)) {
                    continue;
                }
                String root = trimmed.substring(0, trimmed.length() - path.length());
                if (!root.startsWith("jar:") || !indexedRoots.contains(root)) {
                    return root;
                }
            }
        }
        return null;
    }

    static boolean under(String pkg, Collection<String> packages) {
        for (String base : packages) {
            if (pkg.equals(base) || pkg.startsWith(base + ".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return covers() ? migrations.size() + " indexed migrations" : "no index at " + uncovered;
    }
}
