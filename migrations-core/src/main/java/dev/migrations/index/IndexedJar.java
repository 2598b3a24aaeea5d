package dev.migrations.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The jar (or the classes inside a Spring Boot jar) that holds an index, read through the jar's own table of entries:
 * which of the classes the index lists are still there, and whether a class under the packages is one the index
 * cannot vouch for.
 */
final class IndexedJar {

    /** How a class file names the annotation when a class carries it. */
    private static final byte[] ANNOTATION_DESCRIPTOR = ("L" + MigrationIndexProcessor.ANNOTATION.replace('.', '/')
            + ";").getBytes(StandardCharsets.US_ASCII);

    private final JarFile jar;
    /** Where the indexed classes start among the jar's entries: empty, or {@code BOOT-INF/classes/}. */
    private final String root;
    private final String where;

    private IndexedJar(JarFile jar, String root, String where) {
        this.jar = jar;
        this.root = root;
        this.where = where;
    }

    /**
     * The jar of the index at {@code index}, or empty when the JDK cannot open it as a jar.
     *
     * @param where the class path root of the index, for messages
     */
    static Optional<IndexedJar> of(URL index, String where) {
        try {
            if (index.openConnection() instanceof JarURLConnection connection) {
                String entry = connection.getEntryName();
                String root = entry == null ? ""
                        : entry.substring(0, entry.length() - MigrationIndex.RESOURCE.length());
                return Optional.of(new IndexedJar(connection.getJarFile(), root, where));
            }
        } catch (IOException | RuntimeException e) {
            // Not a jar this JDK can open directly.
        }
        return Optional.empty();
    }

    /**
     * The classes of the jar under {@code packages} that the index may list, or empty with the class that makes the
     * index unfit to answer: one that carries {@code @Migration} though the index does not list it. A class the
     * compilation that wrote the index compiled, or a nested class of one, is vouched for by the list beside the
     * index; any other is read, so that the check reads nothing where javac compiled everything. A jar built by a
     * release that wrote no such list has every class it does not list read. The jar's table of entries is walked
     * once, which costs less than asking for each listed class (or asking the class loader, which builds a URL per
     * lookup).
     *
     * @param listed the binary names of the classes the index lists
     */
    Classes classesUnder(Collection<String> packages, Set<String> listed) {
        List<String> prefixes = new ArrayList<>();
        for (String pkg : packages) {
            prefixes.add(root + pkg.replace('.', '/') + "/");
        }
        Set<String> compiled = null; // read at the first class the index does not list, if there is one
        Set<String> present = new HashSet<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!name.endsWith(".class") || name.endsWith("-info.class") || !startsWithAny(name, prefixes)) {
                continue;
            }
            String className = name.substring(root.length(), name.length() - ".class".length()).replace('/', '.');
            present.add(className);
            if (listed.contains(className)) {
                continue;
            }
            compiled = compiled == null ? compiledClasses() : compiled;
            if (!compiled.contains(topLevel(className)) && carriesTheAnnotation(entry)) {
                return new Classes(present, className);
            }
        }
        return new Classes(present, null);
    }

    /**
     * @param present the classes found under the packages (all of them when {@code unlistedMigration} is null)
     * @param unlistedMigration a class that carries {@code @Migration} but is not in the index, or null
     */
    record Classes(Set<String> present, String unlistedMigration) {
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> compiledClasses() {
        JarEntry list = jar.getJarEntry(root + MigrationIndex.COMPILED_CLASSES);
        if (list == null) {
            return Set.of();
        }
        try (InputStreamReader in = new InputStreamReader(jar.getInputStream(list), StandardCharsets.UTF_8)) {
            return IndexFormat.readClasses(in, where + MigrationIndex.COMPILED_CLASSES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + where + MigrationIndex.COMPILED_CLASSES, e);
        }
    }

    /** {@code a.b.Outer} for {@code a.b.Outer$Inner} and {@code a.b.Outer$1}. */
    private static String topLevel(String className) {
        int simpleStart = className.lastIndexOf('.') + 1;
        int dollar = className.indexOf('$', simpleStart);
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    /**
     * Whether the class file names the annotation's type: a class that carries it must. A class that only mentions
     * the type (a field of it) is taken for one too, which costs a scan, never a migration.
     */
    private boolean carriesTheAnnotation(JarEntry entry) {
        try (InputStream in = jar.getInputStream(entry)) {
            return contains(in.readAllBytes(), ANNOTATION_DESCRIPTOR);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + where + entry.getName().substring(root.length()), e);
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
