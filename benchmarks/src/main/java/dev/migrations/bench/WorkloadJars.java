package dev.migrations.bench;

import dev.migrations.index.MigrationIndex;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * {@code benchmarks-workloads.jar} split the way applications are built: each workload (a server and an N) in a jar
 * of its own, holding its {@code @Migration} classes with their lines of this project's index, its Flyway files and
 * its Liquibase changelog; the harness and everything else in {@code shared.jar}. Measured from the one jar, every
 * tool would read or list the workloads of every N: this project's index alone lists 5,140 classes (both servers,
 * N = 20 to 2,000) where the application at N=50 has 50.
 */
final class WorkloadJars {

    private static final String SHARED = "shared";

    private final Path dir;

    private WorkloadJars(Path dir) {
        this.dir = dir;
    }

    /** Writes the jars into {@code dir}, replacing what an earlier run left there. */
    static WorkloadJars split(Path workloadsJar, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        Map<String, ZipOutputStream> jars = new LinkedHashMap<>();
        try (ZipFile source = new ZipFile(workloadsJar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = source.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = source.getInputStream(entry)) {
                    if (entry.getName().equals(MigrationIndex.RESOURCE)
                            || entry.getName().equals(MigrationIndex.COMPILED_CLASSES)) {
                        splitIndex(entry.getName(), in.readAllBytes(), dir, jars);
                    } else {
                        ZipOutputStream out = jar(jars, dir, keyOf(entry.getName()));
                        out.putNextEntry(new ZipEntry(entry.getName()));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        } finally {
            for (OutputStream out : jars.values()) {
                out.close();
            }
        }
        return new WorkloadJars(dir);
    }

    /** The jar of every entry no workload owns. */
    Path shared() {
        return dir.resolve(SHARED + ".jar");
    }

    /** The jar of the workload of {@code n} on the server, or null when the build generated none for that N. */
    Path of(Workload workload, long n) {
        Path jar = dir.resolve(name(workload, n) + ".jar");
        return Files.isRegularFile(jar) ? jar : null;
    }

    /**
     * Each jar gets the header of the index (or of the list of compiled classes beside it) and the lines of its own
     * classes: a line of the index starts with its class, one of the list with its package, then its classes.
     */
    private static void splitIndex(String resource, byte[] index, Path dir, Map<String, ZipOutputStream> jars)
            throws IOException {
        String[] lines = new String(index, StandardCharsets.UTF_8).split("\n");
        Map<String, ByteArrayOutputStream> byJar = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int tab = Math.max(0, lines[i].indexOf('\t'));
            String className = resource.equals(MigrationIndex.RESOURCE) ? lines[i].substring(0, tab)
                    : lines[i].substring(0, tab) + "." + lines[i].substring(tab + 1).split(",")[0];
            String key = keyOf(className.replace('.', '/') + ".class");
            ByteArrayOutputStream text = byJar.computeIfAbsent(key, k -> new ByteArrayOutputStream());
            if (text.size() == 0) {
                text.writeBytes((lines[0] + "\n").getBytes(StandardCharsets.UTF_8));
            }
            text.writeBytes((lines[i] + "\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, ByteArrayOutputStream> text : byJar.entrySet()) {
            ZipOutputStream out = jar(jars, dir, text.getKey());
            out.putNextEntry(new ZipEntry(resource));
            text.getValue().writeTo(out);
            out.closeEntry();
        }
    }

    /** The name of the jar an entry goes to: its workload's, or the shared one. */
    private static String keyOf(String entryName) {
        for (Workload workload : Workload.values()) {
            long n = workload.sizeOwning(entryName);
            if (n >= 0) {
                return name(workload, n);
            }
        }
        return SHARED;
    }

    private static String name(Workload workload, long n) {
        return workload.name().toLowerCase(Locale.ROOT) + "-n" + n;
    }

    private static ZipOutputStream jar(Map<String, ZipOutputStream> jars, Path dir, String key) throws IOException {
        ZipOutputStream out = jars.get(key);
        if (out == null) {
            out = new ZipOutputStream(Files.newOutputStream(dir.resolve(key + ".jar")));
            jars.put(key, out);
        }
        return out;
    }
}
