package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;


/**
 * In lean command mode, removes the application's own {@link ApplicationRunner} and {@link CommandLineRunner}
 * beans, which command mode never runs: Spring Boot creates every runner before calling the first, and a runner
 * built on what the lean start leaves out (a JPA repository, say) would fail the command.
 */
final class ApplicationRunnersLeftOut implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        BeanDefinitionsLeftOut.remove(beanFactory, name -> !isCommandRunner(beanFactory, name),
                ApplicationRunner.class, CommandLineRunner.class);
    }

    private static boolean isCommandRunner(ConfigurableListableBeanFactory beanFactory, String name) {
        Class<?> type = beanFactory.getType(name, false);
        return type != null && MigrationsCommandRunner.class.isAssignableFrom(type);
    }
}
