package dev.migrations.testing;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Java sources compiled as a user's build compiles them, with the JDK that runs the tests and the tests' class path
 * (this library and its annotation processor on it): for what happens at build time, such as the migration index.
 */
public final class JavaSources {

    private final Path sources;
    private final List<Path> files = new ArrayList<>();

    public JavaSources(Path sources) {
        this.sources = sources;
    }

    /** A {@code @Migration} class with an empty upgrade. */
    public static String migration(String pkg, String name, String revision, String revises) {
        return "package " + pkg + ";\n@dev.migrations.Migration(revision = \"" + revision + "\", revises = {"
                + (revises.isEmpty() ? "" : "\"" + revises + "\"") + "})\npublic class " + name
                + " implements dev.migrations.MigrationScript {\n    public void upgrade(dev.migrations.ops.Operations op) { }\n}\n";
    }

    /** The options under which javac runs the processors on any JDK: -proc:full from JDK 21 on; JDK 17 runs them anyway. */
    public static List<String> withProcessors() {
        return Runtime.version().feature() >= 21 ? List.of("-proc:full") : List.of();
    }

    public JavaSources write(String path, String source) {
        try {
            Path file = sources.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            files.add(file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the sources written so far, as a build that recompiles only what changed. */
    public JavaSources clear() {
        files.clear();
        return this;
    }

    /** Packs a directory of classes (and its resources, the index among them) into a jar, as a build does. */
    public static Path jar(Path classes, Path jar) {
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var walk = Files.walk(classes)) {
            for (Path path : walk.sorted().toList()) {
                String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
                if (name.isEmpty()) {
                    continue;
                }
                boolean directory = Files.isDirectory(path);
                out.putNextEntry(new java.util.jar.JarEntry(directory ? name + "/" : name));
                if (!directory) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles the sources written into {@code output}, which is also on the class path with {@code classPath};
     * fails with javac's errors.
     */
    public void compileInto(Path output, List<String> options, Path... classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringBuilder path = new StringBuilder(System.getProperty("java.class.path")).append(File.pathSeparator)
                .append(output);
        for (Path root : classPath) {
            path.append(File.pathSeparator).append(root);
        }
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-classpath", path.toString()));
        arguments.addAll(options);
        files.forEach(f -> arguments.add(f.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, errors, arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("javac failed: " + errors.toString(StandardCharsets.UTF_8));
        }
    }
}
