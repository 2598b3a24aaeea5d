package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * In lean command mode, makes the application's Spring Data repositories lazy, as its other beans are. Spring Data
 * declares them eager, so one enabled by the application's own {@code @EnableJpaRepositories} would be created at
 * start and need the persistence unit the lean start leaves out, failing every command. A migration that injects a
 * repository still gets it, created when the migration is.
 */
final class RepositoriesMadeLazy implements BeanFactoryPostProcessor {

    /** The base of every Spring Data repository's factory bean, JPA, JDBC or other. */
    static final String REPOSITORY_FACTORY =
            "org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Class<?> repositoryFactory = ClassUtils.resolveClassName(REPOSITORY_FACTORY, beanFactory.getBeanClassLoader());
        BeanDefinitionsLeftOut.definedOfType(beanFactory, repositoryFactory)
                .forEach(name -> beanFactory.getBeanDefinition(name).setLazyInit(true));
    }
}
