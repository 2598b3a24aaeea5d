package dev.migrations.autoconfigure.command;

import dev.migrations.error.ConfigurationException;
import org.springframework.util.ClassUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formatters Java teams run in their builds, usable in {@code migrations.revision.post-write} by name when
 * the application's class path holds them (the {@code generate} profile's dependencies, say).
 */
enum FormatterPreset {

    /** Spring's own formatter, run in this JVM; it reads the project's .springjavaformatconfig. */
    SPRING_JAVAFORMAT("spring-javaformat", "io.spring.javaformat:spring-javaformat-formatter-shaded",
            "io.spring.javaformat.formatter.FileFormatter") {
        @Override
        PostWriteHook create(Path workingDirectory, ClassLoader classLoader) {
            return new SpringJavaFormatHook(name);
        }
    },

    PALANTIR_JAVA_FORMAT("palantir-java-format", "com.palantir.javaformat:palantir-java-format",
            "com.palantir.javaformat.java.Main") {
        @Override
        PostWriteHook create(Path workingDirectory, ClassLoader classLoader) {
            // Its command line formats in Google's style unless asked for Palantir's own.
            return new JavaFormatterProcessHook(name, mainClass, List.of("--palantir"), classLoader, workingDirectory);
        }
    },

    GOOGLE_JAVA_FORMAT("google-java-format", "com.google.googlejavaformat:google-java-format",
            "com.google.googlejavaformat.java.Main") {
        @Override
        PostWriteHook create(Path workingDirectory, ClassLoader classLoader) {
            return new JavaFormatterProcessHook(name, mainClass, List.of(), classLoader, workingDirectory);
        }
    };

    final String name;
    final String artifact;
    final String mainClass;

    FormatterPreset(String name, String artifact, String mainClass) {
        this.name = name;
        this.artifact = artifact;
        this.mainClass = mainClass;
    }

    static Optional<FormatterPreset> named(String name) {
        return Arrays.stream(values()).filter(preset -> preset.name.equals(name)).findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(preset -> preset.name).collect(Collectors.joining(", "));
    }

    /** The preset's hook, once its formatter is known to be on the class path. */
    PostWriteHook hook(Path workingDirectory, ClassLoader classLoader) {
        if (!ClassUtils.isPresent(mainClass, classLoader)) {
            throw new ConfigurationException(PostWriteHooks.PROPERTY + " names the preset " + name + ", but "
                    + mainClass + " is not on the application's class path. Add " + artifact + " to the "
                    + "dependencies of the build that runs the revision command (the generate profile's, say), "
                    + "or remove " + name + " from " + PostWriteHooks.PROPERTY + ".");
        }
        return create(workingDirectory, classLoader);
    }

    abstract PostWriteHook create(Path workingDirectory, ClassLoader classLoader);
}
