package dev.migrations.autoconfigure;

import dev.migrations.error.ConfigurationException;
import dev.migrations.MigrationScript;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.InstanceSupplier;
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
 * Declares the beans whose number depends on the application: one per {@code @Migration} class (under the
 * auto-configuration packages, {@code migrations.packages} and each {@code migrations.sets.<name>.packages}),
 * and one {@link MigrationSet} per set ({@code migrationSet}, then {@code <name>MigrationSet}).
 * <p>
 * A migration class already declared as a bean (a {@code @Component}, say) keeps its definition; it only gets the
 * same constructor handling as the discovered ones.
 */
final class MigrationBeansRegistrar implements ImportBeanDefinitionRegistrar {

    /** Bean definition attribute: the migration takes a JDBC accessor, see {@link RevisionBoundMigration}. */
    static final String TAKES_REVISION_JDBC = MigrationBeansRegistrar.class.getName() + ".takesRevisionJdbc";

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

        // One pass over the existing definitions, not one per migration: thousands of revisions must stay cheap.
        Map<String, String> declaredByClass = declaredBeansByClass(registry);
        for (Class<? extends MigrationScript> type : new MigrationClassScanner(environment, resourceLoader).scan(packages)) {
            registerMigration(registry, type, declaredByClass.get(type.getName()));
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

    private void registerMigration(BeanDefinitionRegistry registry, Class<? extends MigrationScript> type,
                                   String declared) {
        MigrationInstantiator instantiator = MigrationInstantiator.of(type);
        AbstractBeanDefinition definition;
        if (declared == null) {
            definition = new RootBeanDefinition(type);
            registry.registerBeanDefinition(type.getName(), definition);
        } else if (registry.getBeanDefinition(declared) instanceof AbstractBeanDefinition scanned
                && scanned.getFactoryMethodName() == null) {
            definition = scanned;
        } else {
            return; // made by a @Bean method: the application decides how it is constructed
        }
        definition.setInstanceSupplier(InstanceSupplier.of(
                bean -> instantiator.instantiate(bean.getBeanFactory(), bean.getBeanName())));
        definition.setAttribute(TAKES_REVISION_JDBC, instantiator.takesRevisionJdbc());
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
        definition.setInstanceSupplier(InstanceSupplier.of(bean -> bean.getBeanFactory()
                .getBean(MigrationSetFactory.class).create(setName)));
        registry.registerBeanDefinition(beanName, definition);
    }

    static boolean takesRevisionJdbc(ConfigurableListableBeanFactory beanFactory, String beanName) {
        return beanFactory.containsBeanDefinition(beanName)
                && Boolean.TRUE.equals(beanFactory.getMergedBeanDefinition(beanName).getAttribute(TAKES_REVISION_JDBC));
    }
}
