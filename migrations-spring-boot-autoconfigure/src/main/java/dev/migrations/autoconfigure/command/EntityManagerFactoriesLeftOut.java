package dev.migrations.autoconfigure.command;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * In lean command mode, removes the {@link EntityManagerFactory} beans the application declares itself (a second
 * persistence unit, built with Boot's {@code EntityManagerFactoryBuilder}). The lean start leaves JPA out, yet
 * such a bean would still be created, lazy initialization or not (Spring creates every
 * {@code LoadTimeWeaverAware} bean up front), and fail every command for want of the builder. A migration that
 * needs one (through a repository) fails instead, and the failure says to run with the whole application.
 */
final class EntityManagerFactoriesLeftOut implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionsLeftOut.remove(beanFactory, name -> true, EntityManagerFactory.class);
    }
}
