package dev.migrations.autoconfigure;

import dev.migrations.Migration;
import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.MigrationScript;
import dev.migrations.index.MigrationIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the {@code @Migration} classes under some packages, and checks that each is a {@link MigrationScript}. The
 * build-time index ({@link MigrationIndex}) answers when it covers every class path root holding the packages (jars);
 * otherwise the class path is scanned, as it was before the index, and for a jar without an index how to enable it
 * is logged, once per scan. Directories of classes (an IDE, {@code spring-boot:run}) are always scanned.
 */
final class MigrationClassScanner {

    private static final Logger log = LoggerFactory.getLogger(MigrationClassScanner.class);

    private final ClassPathScanningCandidateComponentProvider provider;
    private final ClassLoader classLoader;

    MigrationClassScanner(Environment environment, ResourceLoader resourceLoader) {
        this.provider = new ClassPathScanningCandidateComponentProvider(false, environment);
        this.provider.setResourceLoader(resourceLoader);
        this.provider.addIncludeFilter(new AnnotationTypeFilter(Migration.class, false));
        this.classLoader = resourceLoader.getClassLoader();
    }

    /** The migration classes under {@code packages}, ordered by name so that bean registration is repeatable. */
    Set<Class<? extends MigrationScript>> scan(Collection<String> packages) {
        Set<String> names = new TreeSet<>();
        MigrationIndex index = MigrationIndex.read(classLoader, packages);
        if (index.covers()) {
            index.migrations().forEach(migration -> names.add(migration.className()));
            log.debug("Found {} @Migration classes under {} in the build-time index", names.size(), packages);
        } else {
            if (index.missingFromAJar()) {
                explainScan(index.uncoveredRoot());
            }
            for (String basePackage : new LinkedHashSet<>(packages)) {
                for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
                    names.add(candidate.getBeanClassName());
                }
            }
        }
        Set<Class<? extends MigrationScript>> classes = new TreeSet<>(Comparator.comparing(Class::getName));
        for (String name : names) {
            classes.add(migrationClass(name));
        }
        return classes;
    }

    /** Once per scan, which is once per start: the first jar without an index is named. */
    private static void explainScan(String root) {
        log.info("Scanning the class path for @Migration classes: {} has no migration index ({}). The index, "
                + "written at build time by the annotation processor in migrations-core, makes this faster; "
                + "on JDK 23 and later javac runs it only when asked (-proc:full, or the processor path): see "
                + "docs/discovery.md.", root, MigrationIndex.RESOURCE);
    }

    private Class<? extends MigrationScript> migrationClass(String name) {
        Class<?> type = ClassUtils.resolveClassName(name, classLoader);
        if (!MigrationScript.class.isAssignableFrom(type)) {
            throw new MigrationDefinitionException(type.getAnnotation(Migration.class).revision(), "Class " + name
                    + " has @Migration but does not implement MigrationScript: add `implements MigrationScript` "
                    + "and its upgrade(Operations op) method, or remove the annotation.");
        }
        return type.asSubclass(MigrationScript.class);
    }
}
