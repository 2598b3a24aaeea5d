package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;

import java.util.stream.Stream;

/**
 * In lean command mode, removes the application's own {@link ApplicationRunner} and {@link CommandLineRunner}
 * beans, which command mode never runs: Spring Boot creates every runner before calling the first, and a runner
 * built on what the lean start leaves out (a JPA repository, say) would fail the command.
 */
final class ApplicationRunnersLeftOut implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
            return;
        }
        Stream.of(beanFactory.getBeanNamesForType(ApplicationRunner.class, true, false),
                        beanFactory.getBeanNamesForType(CommandLineRunner.class, true, false))
                .flatMap(Stream::of)
                .distinct()
                .filter(name -> !isCommandRunner(beanFactory, name))
                .filter(registry::containsBeanDefinition)
                .forEach(registry::removeBeanDefinition);
    }

    private static boolean isCommandRunner(ConfigurableListableBeanFactory beanFactory, String name) {
        Class<?> type = beanFactory.getType(name, false);
        return type != null && MigrationsCommandRunner.class.isAssignableFrom(type);
    }
}
