package dev.migrations.autoconfigure.command;

import dev.migrations.error.UsageException;
import dev.migrations.error.ConfigurationException;
import dev.migrations.Autogenerate;
import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.autogenerate.MigrationClass;
import dev.migrations.autogenerate.MigrationClassName;
import dev.migrations.autogenerate.MigrationSourceRenderer;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.graph.RevisionIds;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

import javax.lang.model.SourceVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Writes new migration classes into the application's source tree, for {@code revision} and {@code merge}:
 * the class name comes from the message, the revision id is generated, the package is
 * {@code migrations.revision-package} or else the package of the migration the new one follows, and the file
 * goes under {@code migrations.source-directory}.
 */
public class MigrationClassWriter {

    static final String JAVAPOET = "com.palantir.javapoet.JavaFile";

    private final MigrationsProperties properties;
    private final ListableBeanFactory beans;
    private final Path workingDirectory;
    private final Clock clock;

    public MigrationClassWriter(MigrationsProperties properties, ListableBeanFactory beans, Path workingDirectory,
                                Clock clock) {
        this.properties = properties;
        this.beans = beans;
        this.workingDirectory = workingDirectory;
        this.clock = clock;
    }

    /** What was written, and where. */
    public record Written(MigrationClass migration, Path file) {
    }

    /**
     * Writes an empty migration class that follows {@code revises}, for the user to fill in (a merge when it
     * follows several).
     *
     * @param revisionId the id to use, or null to generate one
     */
    public Written write(MigrationSet set, String message, List<String> revises, String revisionId) {
        return write(set, message, revises, revisionId, new MigrationSourceRenderer()::write);
    }

    /**
     * Writes the migration class of an autogenerate comparison: its operations, with their warnings as comments,
     * and the downgrade where one must be written out.
     */
    public Written write(MigrationSet set, String message, List<String> revises, String revisionId,
                         Autogenerate.Comparison comparison) {
        return write(set, message, revises, revisionId, (header, sourceRoot) -> comparison.migration(header)
                .write(sourceRoot));
    }

    private Written write(MigrationSet set, String message, List<String> revises, String revisionId,
                          BiFunction<MigrationClass, Path, Path> writing) {
        if (!ClassUtils.isPresent(JAVAPOET, getClass().getClassLoader())) {
            throw new ConfigurationException("Writing migration classes needs JavaPoet (com.palantir.javapoet:javapoet) "
                    + "on the classpath; migrations-spring-boot-autoconfigure brings it unless it was excluded.");
        }
        RevisionGraph graph = set.migrations().graph();
        String text = message == null ? "" : message.strip().replaceAll("\\s+", " ");
        String className = className(text);
        String revision = revisionId(graph, revisionId);
        String packageName = packageName(set, revises);
        Path sourceRoot = sourceRoot();
        MigrationClass header = MigrationClass.empty(packageName, className, revision, revises, text)
                .withCreatedAt(clock.instant());
        if (ClassUtils.isPresent(header.qualifiedName(), getClass().getClassLoader())) {
            throw new UsageException("Cannot write migration class " + header.qualifiedName() + ": a class of "
                    + "that name exists already. The class name comes from the message: choose another message.");
        }
        Path file = writing.apply(header, sourceRoot);
        return new Written(header, file);
    }

    private static String className(String message) {
        try {
            return MigrationClassName.fromMessage(message);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static String revisionId(RevisionGraph graph, String given) {
        if (given == null) {
            String generated = RevisionIds.generate();
            while (graph.contains(generated)) {
                generated = RevisionIds.generate();
            }
            return generated;
        }
        if (!RevisionIds.isValid(given)) {
            throw new UsageException("'" + given + "' cannot be a revision id: use 1 to 64 characters, none of "
                    + "'@', '-', '+', ':' or whitespace; or leave out --rev-id to have one generated.");
        }
        if (graph.contains(given)) {
            throw new UsageException(given, "Revision " + given + " exists already; give another --rev-id, or "
                    + "leave it out to have one generated.", null);
        }
        return given;
    }

    /** The configured package; else the package of a migration the new one follows; else of any head. */
    String packageName(MigrationSet set, List<String> revises) {
        String configured = properties.getRevisionPackage();
        if (configured != null && !configured.isBlank()) {
            if (!SourceVersion.isName(configured.strip())) {
                throw new ConfigurationException("migrations.revision-package '" + configured + "' is not a Java package "
                        + "name; set it to one, such as com.example.app.migrations.");
            }
            return configured.strip();
        }
        Map<String, Class<?>> classes = migrationClasses();
        RevisionGraph graph = set.migrations().graph();
        Optional<String> near = Stream.concat(revises.stream(), graph.heads().stream())
                .map(classes::get).filter(type -> type != null).map(ClassUtils::getPackageName).findFirst();
        if (near.isPresent()) {
            return near.get();
        }
        if (graph.revisions().isEmpty() && AutoConfigurationPackages.has((BeanFactory) beans)) {
            return AutoConfigurationPackages.get((BeanFactory) beans).get(0) + ".migrations";
        }
        throw new ConfigurationException("Cannot tell which package the new migration class goes in: the classes of "
                + "the current heads (" + String.join(", ", graph.heads()) + ") are not beans of this application. "
                + "Set migrations.revision-package, for example to com.example.app.migrations.");
    }

    /** The classes of the application's migration beans, by revision. */
    private Map<String, Class<?>> migrationClasses() {
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        for (MigrationScript script : beans.getBeansOfType(MigrationScript.class, false, true).values()) {
            Class<?> type = ClassUtils.getUserClass(script);
            Migration migration = AnnotationUtils.findAnnotation(type, Migration.class);
            if (migration != null) {
                classes.putIfAbsent(migration.revision(), type);
            }
        }
        return classes;
    }

    private Path sourceRoot() {
        Path directory = workingDirectory.resolve(properties.getSourceDirectory()).normalize();
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException("The source directory " + directory + " does not exist. Run the command "
                    + "from the project's directory (the one holding " + properties.getSourceDirectory() + "), or set "
                    + "migrations.source-directory to where the application's Java sources are.");
        }
        return directory;
    }
}
