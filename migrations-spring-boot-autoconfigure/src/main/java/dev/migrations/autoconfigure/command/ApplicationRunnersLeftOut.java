package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;


/**
 * In command mode, removes the application's own {@link ApplicationRunner} and {@link CommandLineRunner} beans,
 * which command mode never runs: Spring Boot creates every runner before calling the first, and a runner built on
 * what a lean start leaves out (a JPA repository, say) would fail the command; in a whole start, a runner such as
 * Spring Batch's, which launches the application's jobs, would be created for nothing.
 *
 * <p>A runner that also declares beans ({@code @Bean} methods: the application class that implements
 * {@code CommandLineRunner}, typically) stays, as removing it would remove those beans too; the command, which runs
 * first, ends the JVM before it is called.
 */
final class ApplicationRunnersLeftOut implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Set<String> declaringBeans = factoriesOfOtherBeans(beanFactory);
        BeanDefinitionsLeftOut.remove(beanFactory,
                name -> !isCommandRunner(beanFactory, name) && !declaringBeans.contains(name),
                ApplicationRunner.class, CommandLineRunner.class);
    }

    private static boolean isCommandRunner(ConfigurableListableBeanFactory beanFactory, String name) {
        Class<?> type = beanFactory.getType(name, false);
        return type != null && MigrationsCommandRunner.class.isAssignableFrom(type);
    }

    /** The beans whose {@code @Bean} methods declare other beans. */
    private static Set<String> factoriesOfOtherBeans(ConfigurableListableBeanFactory beanFactory) {
        return Stream.of(beanFactory.getBeanDefinitionNames())
                .map(name -> beanFactory.getBeanDefinition(name).getFactoryBeanName())
                .filter(factory -> factory != null)
                .collect(Collectors.toSet());
    }
}
