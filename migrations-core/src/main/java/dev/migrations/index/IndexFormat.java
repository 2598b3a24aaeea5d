package dev.migrations.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The text of an index resource: a header line, then one line per class, its fields separated by tabs, lists by
 * commas (revision ids and labels contain neither), and the message escaped ({@code \t}, {@code \n}, {@code \\}).
 * A line in a format this library does not know is an error, not something to skip: a stale or foreign index must
 * not hide migrations.
 *
 * <p>Beside it, {@value MigrationIndex#COMPILED_CLASSES} lists the top-level classes the compilation that wrote the
 * index compiled: a header line, then one line per package, its name, a tab and the classes' simple names separated by
 * commas. A file of its own, so that a jar built with it still works with a release that does not know it.
 */
final class IndexFormat {

    static final String HEADER = "# dev.migrations index 2";
    /** The first format, without source fingerprints: still read, so that jars built by an older release work. */
    private static final String FIRST_HEADER = "# dev.migrations index 1";
    private static final int FIELDS = 10;
    static final String CLASSES_HEADER = "# dev.migrations compiled classes 1";

    private IndexFormat() {
    }

    /** One line per class, sorted by class name, so that a rebuild of the same classes writes the same file. */
    static void write(Collection<IndexedMigration> migrations, Writer out) throws IOException {
        out.write(HEADER + "\n");
        List<IndexedMigration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparing(IndexedMigration::className));
        for (IndexedMigration m : sorted) {
            out.write(String.join("\t", m.className(), m.revision(), String.join(",", m.revises()),
                    String.join(",", m.dependsOn()), String.join(",", m.branchLabels()), escape(m.message()),
                    Boolean.toString(m.transactional()), m.lockTimeout(), m.statementTimeout(), m.sourceFingerprint()));
            out.write("\n");
        }
    }

    /** @param where the resource, for messages */
    static List<IndexedMigration> read(Reader in, String where) {
        return read(in, where, className -> true);
    }

    /**
     * The entries whose class {@code wanted} accepts; the others are skipped before their fields are parsed.
     *
     * @param where the resource, for messages
     */
    static List<IndexedMigration> read(Reader in, String where, Predicate<String> wanted) {
        List<IndexedMigration> migrations = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(in)) {
            String header = lines.readLine();
            boolean first = FIRST_HEADER.equals(header);
            if (!HEADER.equals(header) && !first) {
                throw new IllegalStateException("The migration index " + where + " starts with '" + header
                        + "', not '" + HEADER + "': it was written by another version of this library. Rebuild the "
                        + "module that contains it.");
            }
            String line;
            while ((line = lines.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.isEmpty() && (tab < 0 || wanted.test(line.substring(0, tab)))) {
                    migrations.add(parse(first ? line + "\t" : line, where));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migration index " + where, e);
        }
        return migrations;
    }

    /** The binary names of top-level classes, grouped by package, sorted so that a rebuild writes the same file. */
    static void writeClasses(Collection<String> classNames, Writer out) throws IOException {
        Map<String, Set<String>> byPackage = new TreeMap<>();
        for (String className : classNames) {
            String pkg = IndexedMigration.packageOf(className);
            byPackage.computeIfAbsent(pkg, p -> new TreeSet<>())
                    .add(pkg.isEmpty() ? className : className.substring(pkg.length() + 1));
        }
        out.write(CLASSES_HEADER + "\n");
        for (Map.Entry<String, Set<String>> pkg : byPackage.entrySet()) {
            out.write(pkg.getKey() + "\t" + String.join(",", pkg.getValue()) + "\n");
        }
    }

    /** @param where the resource, for messages */
    static Set<String> readClasses(Reader in, String where) {
        Set<String> classNames = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(in)) {
            String header = lines.readLine();
            if (!CLASSES_HEADER.equals(header)) {
                throw new IllegalStateException("The list of compiled classes " + where + " starts with '" + header
                        + "', not '" + CLASSES_HEADER + "': it was written by another version of this library. "
                        + "Rebuild the module that contains it.");
            }
            String line;
            while ((line = lines.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("The list of compiled classes " + where + " has a line without "
                            + "a package: '" + line + "'. Rebuild the module that contains it.");
                }
                String prefix = tab == 0 ? "" : line.substring(0, tab) + ".";
                for (String simpleName : line.substring(tab + 1).split(",")) {
                    classNames.add(prefix + simpleName);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of compiled classes " + where, e);
        }
        return classNames;
    }

    private static IndexedMigration parse(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS) {
            throw new IllegalStateException("The migration index " + where + " has a line of " + f.length
                    + " fields, not " + FIELDS + ": '" + line + "'. Rebuild the module that contains it.");
        }
        return new IndexedMigration(f[0], f[1], list(f[2]), list(f[3]), list(f[4]), unescape(f[5]),
                Boolean.parseBoolean(f[6]), f[7], f[8], f[9]);
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(","));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
