package dev.migrations.autoconfigure;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.InstanceSupplier;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;

import java.util.List;

/**
 * How the beans {@link MigrationBeansRegistrar} declares are made. A regular start calls these through the
 * registrar's definitions; an application processed ahead of time (Spring AOT, the first step of a native image)
 * calls them from the generated code, which cannot hold the registrar's own suppliers
 * ({@link MigrationBeansAotProcessor}). Public for that generated code only.
 */
public final class MigrationBeanSuppliers {

    /** Bean definition attribute: the {@link Recipe} the generated code calls to make the bean. */
    static final String RECIPE = MigrationBeanSuppliers.class.getName() + ".recipe";

    /** One of the methods below, by name, and its one argument. */
    record Recipe(String method, Object argument) {
    }

    private MigrationBeanSuppliers() {
    }

    /** The {@code @Migration} classes under {@code packages}, found when the bean is made. */
    public static InstanceSupplier<DiscoveredMigrations> discoveredIn(List<String> packages) {
        return bean -> {
            ConfigurableListableBeanFactory beanFactory = bean.getBeanFactory();
            return new MigrationClassScanner(beanFactory.getBean(Environment.class),
                    new DefaultResourceLoader(beanFactory.getBeanClassLoader())).scan(packages);
        };
    }

    /** The migration set {@code name}. */
    public static InstanceSupplier<MigrationSet> set(String name) {
        return bean -> bean.getBeanFactory().getBean(MigrationSetFactory.class).create(name);
    }

    /** A migration the application declares as a component, constructed as the discovered ones are. */
    public static InstanceSupplier<Object> declared(Class<?> type) {
        MigrationInstantiator instantiator = MigrationInstantiator.of(type);
        return bean -> instantiator.instantiate(bean.getBeanFactory(), bean.getBeanName());
    }
}
