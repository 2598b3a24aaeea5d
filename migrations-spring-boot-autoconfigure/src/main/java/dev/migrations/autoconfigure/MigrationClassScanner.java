package dev.migrations.autoconfigure;

import dev.migrations.Migration;
import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.MigrationScript;
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

/** Finds the {@code @Migration} classes under some packages, and checks that each is a {@link MigrationScript}. */
final class MigrationClassScanner {

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
        for (String basePackage : new LinkedHashSet<>(packages)) {
            for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
                names.add(candidate.getBeanClassName());
            }
        }
        Set<Class<? extends MigrationScript>> classes = new TreeSet<>(Comparator.comparing(Class::getName));
        for (String name : names) {
            classes.add(migrationClass(name));
        }
        return classes;
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
