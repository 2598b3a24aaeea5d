package dev.migrations.index;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarFile;

/**
 * The {@code @Migration} classes of a class path as the build wrote them down ({@link MigrationIndexProcessor}, one
 * {@value #RESOURCE} per compiled module), so that finding them reads a few small files instead of every class file
 * under the packages.
 *
 * <p>The index answers only when it covers every class path root that holds one of the packages: a jar without
 * one (built without the processor) could hold migrations it does not list, and then the caller must scan. Only an
 * index inside a jar is trusted: a directory of classes is what an IDE compiles into, usually without processors,
 * leaving the last build's index behind while it adds classes; there the caller scans too. An entry whose class
 * file is gone (deleted since an incremental build wrote the index) is left out.
 */
public final class MigrationIndex {

    /**
     * At the root of the module's classes, not under {@code META-INF}: Spring Boot's executable jar moves
     * {@code META-INF} out of {@code BOOT-INF/classes}, away from the classes the index lists.
     */
    public static final String RESOURCE = "dev.migrations.index";

    private final List<IndexedMigration> migrations;
    private final String uncovered;
    private final boolean uncoveredIsJar;

    private MigrationIndex(List<IndexedMigration> migrations, String uncovered) {
        this.migrations = migrations;
        this.uncovered = uncovered;
        this.uncoveredIsJar = uncovered != null && uncovered.startsWith("jar:");
    }

    /** Reads the index of {@code loader}'s class path for {@code packages}. */
    public static MigrationIndex read(ClassLoader loader, Collection<String> packages) {
        try {
            Map<String, URL> indexByRoot = new LinkedHashMap<>();
            for (URL url : Collections.list(loader.getResources(RESOURCE))) {
                String text = url.toString();
                indexByRoot.putIfAbsent(text.substring(0, text.length() - RESOURCE.length()), url);
            }
            String uncovered = uncoveredRoot(loader, packages, indexByRoot.keySet());
            if (uncovered != null) {
                return new MigrationIndex(List.of(), uncovered);
            }
            Map<String, IndexedMigration> byClass = new LinkedHashMap<>();
            for (URL url : indexByRoot.values()) {
                Predicate<String> present = classFilesBeside(url, loader);
                try (InputStreamReader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                    for (IndexedMigration m : IndexFormat.read(in, url.toString(),
                            className -> under(IndexedMigration.packageOf(className), packages))) {
                        if (present.test(m.classResource())) {
                            byClass.putIfAbsent(m.className(), m);
                        }
                    }
                }
            }
            return new MigrationIndex(List.copyOf(byClass.values()), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migration indexes (" + RESOURCE + ") of the class path", e);
        }
    }

    /** Whether the index covers the packages: when not, {@link #uncoveredRoot()} says where it is missing. */
    public boolean covers() {
        return uncovered == null;
    }

    /** A class path root that holds one of the packages but no index it trusts, or null. */
    public String uncoveredRoot() {
        return uncovered;
    }

    /** Whether the root without an index is a jar, built without the processor: worth saying how to enable it. */
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

    /**
     * Whether a class file is in the jar of an index: looked up in the jar's own table of entries, which costs a
     * fraction of asking the class loader (that builds a URL per lookup, thousands of them on a large history).
     */
    private static Predicate<String> classFilesBeside(URL index, ClassLoader loader) {
        try {
            if (index.openConnection() instanceof JarURLConnection connection) {
                JarFile jar = connection.getJarFile();
                String entry = connection.getEntryName();
                String root = entry == null ? "" : entry.substring(0, entry.length() - RESOURCE.length());
                return classFile -> jar.getEntry(root + classFile) != null;
            }
        } catch (IOException | RuntimeException e) {
            // Not a jar this JDK can open directly: ask the class loader, as slow as that is.
        }
        return classFile -> loader.getResource(classFile) != null;
    }

    private static boolean under(String pkg, Collection<String> packages) {
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
