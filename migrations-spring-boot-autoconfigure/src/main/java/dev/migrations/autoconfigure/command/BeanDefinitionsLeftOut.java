package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How command mode leaves a bean of the application out: its definition is removed before any bean is created, so
 * that neither it nor what it needs is made. Matched by type without creating anything; a factory bean by the name
 * it is declared under.
 */
final class BeanDefinitionsLeftOut {

    private BeanDefinitionsLeftOut() {
    }

    /** Removes the definitions of the beans of these types whose names {@code leftOut} accepts. */
    static void remove(ConfigurableListableBeanFactory beanFactory, Predicate<String> leftOut, Class<?>... types) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
            return;
        }
        definedOfType(beanFactory, types).filter(leftOut).forEach(registry::removeBeanDefinition);
    }

    /** The names of the bean definitions of these types, found without creating anything. */
    static Stream<String> definedOfType(ConfigurableListableBeanFactory beanFactory, Class<?>... types) {
        return Stream.of(types)
                .flatMap(type -> Stream.of(beanFactory.getBeanNamesForType(type, true, false)))
                .map(BeanFactoryUtils::transformedBeanName)
                .distinct()
                .filter(beanFactory::containsBeanDefinition);
    }
}
