package dev.migrations.autoconfigure.autogenerate;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.persistence.autoconfigure.EntityScanPackages;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the application's entity classes a comparison reads were built. In a multi-module build,
 * {@code mvn -pl app -Pgenerate} loads the entities of another module from the jar installed in the local repository,
 * not from that module's sources: an entity changed since that jar was built is not compared, and autogenerate would
 * say "No changes detected". So a comparison names any jar file the application's entities come from (those in the
 * packages it scans for entities: {@code @EntityScan}'s, else its own), with when it was built. A library's entities
 * (Envers' revision entity, say) are not the application's to change; a packaged application's own jars are nested
 * in it, and classes compiled in the same build are directories: none of those is named.
 */
final class EntityClassJars {

    private static final Logger log = LoggerFactory.getLogger(EntityClassJars.class);

    private static final String ENTITY_SCAN_PACKAGES =
            "org.springframework.boot.persistence.autoconfigure.EntityScanPackages";

    private final List<String> applicationPackages;

    /** @param applicationPackages the packages the application's entities are in: each class's package or a parent */
    EntityClassJars(List<String> applicationPackages) {
        this.applicationPackages = List.copyOf(applicationPackages);
    }

    /** For the packages the application scans for entities, as Boot's JPA does: {@code @EntityScan}'s, else its own. */
    static EntityClassJars of(BeanFactory beans) {
        List<String> packages = new ArrayList<>();
        if (ClassUtils.isPresent(ENTITY_SCAN_PACKAGES, EntityClassJars.class.getClassLoader())) {
            packages.addAll(EntityScanPackages.get(beans).getPackageNames());
        }
        if (packages.isEmpty() && AutoConfigurationPackages.has(beans)) {
            packages.addAll(AutoConfigurationPackages.get(beans));
        }
        return new EntityClassJars(packages);
    }

    /** Warns when some of the application's entities were loaded from a jar file rather than compiled in this run. */
    void warnAbout(Metadata metadata) {
        List<Path> jars = jarsOf(metadata.getEntityBindings().stream().map(PersistentClass::getMappedClass)
                .filter(Objects::nonNull).filter(this::isTheApplications).toList());
        if (!jars.isEmpty()) {
            log.warn("The entities compared include classes read from {}, not from sources compiled in this run: an "
                    + "entity changed since then is not seen. In a multi-module build, build that module in the same "
                    + "run (mvn -pl <application module> -am -Pgenerate ...) or install it first "
                    + "(docs/autogenerate.md, \"Entities in another module\").",
                    jars.stream().map(EntityClassJars::described).collect(Collectors.joining(", ")));
        }
    }

    boolean isTheApplications(Class<?> entity) {
        String name = entity.getPackageName();
        return applicationPackages.stream().anyMatch(root -> name.equals(root) || name.startsWith(root + "."));
    }

    /** The jar files, on the file system, these classes were loaded from. */
    static List<Path> jarsOf(Collection<Class<?>> classes) {
        return classes.stream().map(EntityClassJars::jarOf).flatMap(Optional::stream).distinct().sorted().toList();
    }

    private static Optional<Path> jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(location.toURI());
            return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar")
                    ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String described(Path jar) {
        try {
            FileTime built = Files.getLastModifiedTime(jar);
            return jar + " (built " + built.toInstant().truncatedTo(ChronoUnit.SECONDS) + ")";
        } catch (IOException e) {
            return jar.toString();
        }
    }
}
