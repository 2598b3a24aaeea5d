package dev.migrations.autoconfigure.command;

import dev.migrations.error.ConfigurationException;

import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a formatter built on javac's parser (google-java-format, palantir-java-format) through its command-line
 * main class in a child JVM: it needs {@code --add-exports} for javac's internals, which a running JVM cannot
 * grant itself. The child gets this JVM's class path, so the formatter must be on it as a file, as under
 * {@code mvn spring-boot:run} or an IDE.
 */
final class JavaFormatterProcessHook implements PostWriteHook {

    private static final List<String> JAVAC_PACKAGES = List.of("api", "code", "file", "main", "parser", "tree",
            "util");

    private final String name;
    private final String mainClass;
    private final List<String> style;
    private final ClassLoader classLoader;
    private final Path workingDirectory;

    JavaFormatterProcessHook(String name, String mainClass, List<String> style, ClassLoader classLoader,
                             Path workingDirectory) {
        this.name = name;
        this.mainClass = mainClass;
        this.style = style;
        this.classLoader = classLoader;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String run(Path file) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        JAVAC_PACKAGES.forEach(pkg -> command.add("--add-exports=jdk.compiler/com.sun.tools.javac." + pkg
                + "=ALL-UNNAMED"));
        command.addAll(List.of("-cp", classPath(), mainClass));
        command.addAll(style);
        command.addAll(List.of("--replace", file.toAbsolutePath().toString()));
        return HookProcess.run(name, command, workingDirectory, file);
    }

    /** This JVM's class path, once it is known to hold the formatter as a file a child JVM can read. */
    private String classPath() {
        URL location = codeSource();
        if (location == null || !"file".equals(location.getProtocol())) {
            throw new ConfigurationException("The " + name + " preset runs the formatter in a child JVM, which "
                    + "cannot read it from " + location + " (inside an executable jar). Run the revision command "
                    + "through mvn spring-boot:run or the IDE, or configure " + PostWriteHooks.PROPERTY + " as a "
                    + "command, such as 'java -jar /path/to/" + name + "-all-deps.jar --replace {file}'.");
        }
        return System.getProperty("java.class.path");
    }

    private URL codeSource() {
        try {
            CodeSource source = Class.forName(mainClass, false, classLoader).getProtectionDomain().getCodeSource();
            return source == null ? null : source.getLocation();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(mainClass + " was on the class path a moment ago", e);
        }
    }
}
