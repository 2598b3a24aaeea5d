package dev.migrations.autoconfigure;

import dev.migrations.Migration;
import dev.migrations.index.IndexedMigration;
import dev.migrations.index.MigrationIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the {@code @Migration} classes under some packages, as their declarations ({@link IndexedMigration}), without
 * loading them. The build-time index ({@link MigrationIndex}) answers when it covers every class path root holding
 * the packages (jars); otherwise the class path is scanned, as it was before the index, reading each annotation from
 * the class file, and for a jar the index does not cover (built without the processor, or holding a migration
 * another compiler made) why is logged, once per scan. Directories of classes
 * (an IDE, {@code spring-boot:run}) are always scanned. Scanned declarations carry no source fingerprint, so their
 * applied revisions are verified by loading them.
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

    /** The migrations under {@code packages}, ordered by class name so that discovery is repeatable. */
    DiscoveredMigrations scan(Collection<String> packages) {
        Map<String, IndexedMigration> byClass = new TreeMap<>();
        MigrationIndex index = MigrationIndex.read(classLoader, packages);
        if (index.covers()) {
            index.migrations().forEach(migration -> byClass.put(migration.className(), migration));
            log.debug("Found {} @Migration classes under {} in the build-time index", byClass.size(), packages);
        } else {
            if (index.missingFromAJar()) {
                explainScan(index.whyUncovered());
            }
            for (String basePackage : new LinkedHashSet<>(packages)) {
                for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
                    byClass.putIfAbsent(candidate.getBeanClassName(), declaration((AnnotatedBeanDefinition) candidate));
                }
            }
        }
        return new DiscoveredMigrations(List.copyOf(byClass.values()), classLoader);
    }

    /** The annotation as the class file holds it, defaults included, read without loading the class. */
    private static IndexedMigration declaration(AnnotatedBeanDefinition candidate) {
        AnnotationAttributes m = AnnotationAttributes.fromMap(
                candidate.getMetadata().getAnnotationAttributes(Migration.class.getName()));
        return new IndexedMigration(candidate.getBeanClassName(), m.getString("revision"),
                List.of(m.getStringArray("revises")), List.of(m.getStringArray("dependsOn")),
                List.of(m.getStringArray("branchLabels")), m.getString("message"), m.getBoolean("transactional"),
                m.getString("lockTimeout"), m.getString("statementTimeout"), "");
    }

    /** Once per scan, which is once per start: the first jar the index does not cover is named. */
    private static void explainScan(String why) {
        log.info("Scanning the class path for @Migration classes: {}. The index, written at build time, makes "
                + "this faster: see docs/discovery.md.", why);
    }
}
