package dev.migrations.autogenerate;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compiles generated sources with the JDK's compiler against the test classpath, as a user's build
 * would, and loads the classes. Fails with the compiler's diagnostics and the source.
 */
public final class Compiler {

    private Compiler() {
    }

    /** Compiles the files under {@code sourceRoot} into {@code classes}; returns a loader of the result. */
    public static ClassLoader compile(Path sourceRoot, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler: run the tests on a JDK, not a JRE");
        }
        List<Path> sources;
        try (var files = Files.walk(sourceRoot)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-proc:none", "-Xlint:all", "--release", "17");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            // Warnings about the classpath are the build's business; warnings in the generated code are ours.
            List<Diagnostic<? extends JavaFileObject>> problems = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getSource() != null)
                    .toList();
            if (!ok || !problems.isEmpty()) {
                throw new AssertionError("The generated source does not compile cleanly:\n"
                        + problems.stream().map(Compiler::describe).collect(Collectors.joining("\n"))
                        + "\n\n" + sources.stream().map(Compiler::read).collect(Collectors.joining("\n\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Compiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        return diagnostic.getKind() + " line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return file + ":\n" + Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
