package dev.migrations.autoconfigure;

import dev.migrations.error.ConfigurationException;
import dev.migrations.MigrationScript;
import dev.migrations.index.IndexedMigration;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Declares the beans whose number depends on the configuration: one {@link DiscoveredMigrations} holding every
 * {@code @Migration} class found under the auto-configuration packages, {@code migrations.packages} and each
 * {@code migrations.sets.<name>.packages} (as declarations: no class is loaded), and one {@link MigrationSet} per
 * set ({@code migrationSet}, then {@code <name>MigrationSet}). No bean is declared per migration: a set creates each
 * migration, through its constructor, only when its revision must run or be verified.
 * <p>
 * A migration class already declared as a bean (a {@code @Component}, say) keeps its definition; it only gets the
 * same constructor handling as the discovered ones.
 */
final class MigrationBeansRegistrar implements ImportBeanDefinitionRegistrar {

    /** Bean definition attribute: the migration takes a JDBC accessor, see {@link RevisionBoundMigration}. */
    static final String TAKES_REVISION_JDBC = MigrationBeansRegistrar.class.getName() + ".takesRevisionJdbc";

    static final String DISCOVERED_MIGRATIONS = "migrationsDiscovered";

    private final Environment environment;
    private final ResourceLoader resourceLoader;
    private final BeanFactory beanFactory;

    MigrationBeansRegistrar(Environment environment, ResourceLoader resourceLoader, BeanFactory beanFactory) {
        this.environment = environment;
        this.resourceLoader = resourceLoader;
        this.beanFactory = beanFactory;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata importingClassMetadata, BeanDefinitionRegistry registry) {
        Binder binder = Binder.get(environment);
        Map<String, MigrationsProperties.SetProperties> sets = binder.bind("migrations.sets",
                Bindable.mapOf(String.class, MigrationsProperties.SetProperties.class)).orElseGet(LinkedHashMap::new);
        List<String> packages = new ArrayList<>();
        if (AutoConfigurationPackages.has(beanFactory)) {
            packages.addAll(AutoConfigurationPackages.get(beanFactory));
        }
        packages.addAll(binder.bind("migrations.packages", Bindable.listOf(String.class)).orElseGet(List::of));
        sets.values().forEach(set -> packages.addAll(set.getPackages()));

        DiscoveredMigrations discovered = new MigrationClassScanner(environment, resourceLoader).scan(packages);
        RootBeanDefinition holder = new RootBeanDefinition(DiscoveredMigrations.class);
        holder.setInstanceSupplier(() -> discovered);
        holder.setAttribute(MigrationBeanSuppliers.RECIPE,
                new MigrationBeanSuppliers.Recipe("discoveredIn", List.copyOf(packages)));
        registry.registerBeanDefinition(DISCOVERED_MIGRATIONS, holder);
        // One pass over the existing definitions, not one per migration: thousands of revisions must stay cheap.
        Map<String, String> declaredByClass = declaredBeansByClass(registry);
        for (IndexedMigration migration : discovered.migrations()) {
            String declared = declaredByClass.get(migration.className());
            if (declared != null) {
                adoptDeclaredBean(registry, declared, discovered.load(migration));
            }
        }
        registerSet(registry, MigrationSet.DEFAULT, "migrationSet");
        for (String name : sets.keySet()) {
            if (MigrationSet.DEFAULT.equals(name)) {
                throw new ConfigurationException("migrations.sets.default: '" + MigrationSet.DEFAULT + "' is the name of the "
                        + "set configured directly under migrations.*; give this set another name.");
            }
            registerSet(registry, name, name + "MigrationSet");
        }
    }

    /** A migration declared as a component is constructed as the discovered ones are; a @Bean method decides alone. */
    private static void adoptDeclaredBean(BeanDefinitionRegistry registry, String declared,
                                          Class<? extends MigrationScript> type) {
        if (registry.getBeanDefinition(declared) instanceof AbstractBeanDefinition definition
                && definition.getFactoryMethodName() == null) {
            definition.setInstanceSupplier(MigrationBeanSuppliers.declared(type));
            definition.setAttribute(MigrationBeanSuppliers.RECIPE, new MigrationBeanSuppliers.Recipe("declared", type));
            definition.setAttribute(TAKES_REVISION_JDBC, MigrationInstantiator.of(type).takesRevisionJdbc());
        }
    }

    /** The bean already declared for each class (a @Component migration), by class name. */
    private static Map<String, String> declaredBeansByClass(BeanDefinitionRegistry registry) {
        Map<String, String> byClass = new HashMap<>();
        for (String name : registry.getBeanDefinitionNames()) {
            String className = registry.getBeanDefinition(name).getBeanClassName();
            if (className != null) {
                byClass.putIfAbsent(className, name);
            }
        }
        return byClass;
    }

    private static void registerSet(BeanDefinitionRegistry registry, String setName, String beanName) {
        RootBeanDefinition definition = new RootBeanDefinition(MigrationSet.class);
        definition.setInstanceSupplier(MigrationBeanSuppliers.set(setName));
        definition.setAttribute(MigrationBeanSuppliers.RECIPE, new MigrationBeanSuppliers.Recipe("set", setName));
        registry.registerBeanDefinition(beanName, definition);
    }

    static boolean takesRevisionJdbc(ConfigurableListableBeanFactory beanFactory, String beanName) {
        return beanFactory.containsBeanDefinition(beanName)
                && Boolean.TRUE.equals(beanFactory.getMergedBeanDefinition(beanName).getAttribute(TAKES_REVISION_JDBC));
    }
}
