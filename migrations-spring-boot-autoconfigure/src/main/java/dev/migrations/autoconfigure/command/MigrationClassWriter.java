package dev.migrations.autoconfigure.command;

import dev.migrations.error.UsageException;
import dev.migrations.error.ConfigurationException;
import dev.migrations.Autogenerate;
import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.autoconfigure.DiscoveredMigrations;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.autogenerate.MigrationClass;
import dev.migrations.autogenerate.MigrationClassName;
import dev.migrations.autogenerate.MigrationSourceRenderer;
import dev.migrations.graph.RevisionGraph;
import dev.migrations.command.NewRevision;
import dev.migrations.command.WrittenRevision;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Writes new migration classes into the application's source tree, for {@code revision} and {@code merge}:
 * the class name comes from the message, the revision id is generated, the package is
 * {@code migrations.revision-package} or else the package of the migration the new one follows, and the file
 * goes under {@code migrations.source-directory}. The hooks of {@code migrations.revision.post-write} then run on
 * the file (a formatter, say).
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

    /**
     * Writes an empty migration class that follows {@code revises}, for the user to fill in (a merge when it
     * follows several).
     *
     * @param revisionId the id to use, or null to generate one
     */
    public WrittenRevision write(MigrationSet set, String message, List<String> revises, String revisionId) {
        return write(set, message, revises, revisionId, new MigrationSourceRenderer()::write);
    }

    /**
     * Writes the migration class of an autogenerate comparison: its operations, with their warnings as comments,
     * and the downgrade where one must be written out.
     */
    public WrittenRevision write(MigrationSet set, String message, List<String> revises, String revisionId,
                         Autogenerate.Comparison comparison) {
        return write(set, message, revises, revisionId, (header, sourceRoot) -> comparison.migration(header)
                .write(sourceRoot));
    }

    private WrittenRevision write(MigrationSet set, String message, List<String> revises, String revisionId,
                          BiFunction<MigrationClass, Path, Path> writing) {
        if (!ClassUtils.isPresent(JAVAPOET, getClass().getClassLoader())) {
            throw new ConfigurationException("Writing migration classes needs JavaPoet (com.palantir.javapoet:javapoet) "
                    + "on the classpath; migrations-spring-boot-autoconfigure brings it unless it was excluded.");
        }
        RevisionGraph graph = set.migrations().graph();
        String text = message == null ? "" : message.strip().replaceAll("\\s+", " ");
        String className = className(text);
        String revision = NewRevision.id(graph, revisionId);
        String packageName = packageName(set, revises);
        Path sourceRoot = sourceRoot();
        MigrationClass header = MigrationClass.empty(packageName, className, revision, revises, text)
                .withCreatedAt(clock.instant());
        if (ClassUtils.isPresent(header.qualifiedName(), getClass().getClassLoader())) {
            throw new UsageException("Cannot write migration class " + header.qualifiedName() + ": a class of "
                    + "that name exists already. The class name comes from the message: choose another message.");
        }
        PostWriteHooks hooks = PostWriteHooks.of(properties.getRevision().getPostWrite(), workingDirectory,
                ClassUtils.getDefaultClassLoader());
        Path file = writing.apply(header, sourceRoot);
        return new WrittenRevision(header, file, hooks.run(file));
    }

    private static String className(String message) {
        try {
            return MigrationClassName.fromMessage(message);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /**
     * The package of the new class, chosen as {@link NewRevision#packageName} says. A set other than the default one
     * keeps its revisions in its own packages: {@code migrations.revision-package} and the application's package
     * are the default set's, which would discover a revision written there and run it on its own database.
     */
    String packageName(MigrationSet set, List<String> revises) {
        Map<String, String> packages = migrationPackages();
        RevisionGraph graph = set.migrations().graph();
        if (!MigrationSet.DEFAULT.equals(set.name())) {
            MigrationsProperties.SetProperties own = properties.getSets().get(set.name());
            String first = own == null ? null : own.getPackages().stream().findFirst().orElse(null);
            if (first == null) {
                throw new ConfigurationException("Migration set '" + set.name() + "' names no package of its own, so "
                        + "a new revision of it has nowhere to go: set migrations.sets." + set.name()
                        + ".packages to the package of its @Migration classes.");
            }
            return NewRevision.packageName(null, packages, revises, graph, Optional.of(first));
        }
        BeanFactory factory = (BeanFactory) beans;
        Optional<String> firstRevisionPackage = AutoConfigurationPackages.has(factory)
                ? Optional.of(AutoConfigurationPackages.get(factory).get(0) + ".migrations") : Optional.empty();
        return NewRevision.packageName(properties.getRevisionPackage(), packages, revises, graph,
                firstRevisionPackage);
    }

    /**
     * The package of each revision's class: the discovered ones, read from their declarations without loading
     * them, then the migration beans the application declared itself.
     */
    private Map<String, String> migrationPackages() {
        Map<String, String> packages = new LinkedHashMap<>();
        beans.getBeanProvider(DiscoveredMigrations.class).ifAvailable(discovered -> discovered.migrations()
                .forEach(migration -> packages.putIfAbsent(migration.revision(), migration.packageName())));
        for (MigrationScript script : beans.getBeansOfType(MigrationScript.class, false, true).values()) {
            Class<?> type = ClassUtils.getUserClass(script);
            Migration migration = AnnotationUtils.findAnnotation(type, Migration.class);
            if (migration != null) {
                packages.putIfAbsent(migration.revision(), ClassUtils.getPackageName(type));
            }
        }
        return packages;
    }

    private Path sourceRoot() {
        Path directory = workingDirectory.resolve(properties.getSourceDirectory()).normalize();
        Path kotlin = directory.resolveSibling("kotlin");
        if (!Files.isDirectory(directory) && directory.endsWith("java") && Files.isDirectory(kotlin)) {
            throw new ConfigurationException("The source directory " + directory + " does not exist, but " + kotlin
                    + " does: revision writes a Java class, and in Spring Boot's Kotlin layout (sourceDirectory "
                    + "src/main/kotlin) javac compiles the Java sources it finds there, while a src/main/java the "
                    + "build does not name would never be compiled. Set migrations.source-directory=src/main/kotlin.");
        }
        if (!Files.isDirectory(directory)) {
            throw new ConfigurationException("The source directory " + directory + " does not exist. Run the command "
                    + "from the project's directory (the one holding " + properties.getSourceDirectory() + "), or set "
                    + "migrations.source-directory to where the application's Java sources are.");
        }
        return directory;
    }
}
