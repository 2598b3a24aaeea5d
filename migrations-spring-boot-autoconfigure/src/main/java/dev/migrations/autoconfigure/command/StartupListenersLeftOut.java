package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationContextEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.event.EventListenerFactory;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;

/**
 * In command mode, the application's own listeners of its lifecycle (the context refreshed, started or closed, the
 * application started or ready, its availability changed) hear nothing: a command is not the application
 * starting. A listener that warms a cache or seeds data when the context is refreshed or the application started
 * would otherwise run in every command: in a lean start it fails the command for want of the repository it uses,
 * and on a new database it fails before {@code upgrade} could create its tables. Such {@code @EventListener}
 * methods of the application's packages (those {@code @SpringBootApplication} sets) become listeners that accept
 * no event, so their beans are never created for them, and such {@code ApplicationListener} beans are left out.
 * The application's listeners of its own events, and the listeners of Spring and of libraries, are kept.
 */
final class StartupListenersLeftOut implements BeanFactoryPostProcessor, EventListenerFactory, BeanFactoryAware,
        Ordered {

    private BeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        BeanDefinitionsLeftOut.remove(factory, name -> {
            Class<?> type = factory.getType(name, false);
            return type != null && isTheApplications(type)
                    && isLifecycleEvent(ResolvableType.forClass(type).as(ApplicationListener.class).resolveGeneric());
        }, ApplicationListener.class);
    }

    /** The application's {@code @EventListener} methods that hear only lifecycle events. */
    @Override
    public boolean supportsMethod(Method method) {
        if (!isTheApplications(method.getDeclaringClass())) {
            return false;
        }
        EventListener annotation = AnnotatedElementUtils.findMergedAnnotation(method, EventListener.class);
        Class<?>[] events = annotation == null || annotation.classes().length == 0
                ? method.getParameterTypes() : annotation.classes();
        return events.length > 0 && Stream.of(events).allMatch(StartupListenersLeftOut::isLifecycleEvent);
    }

    @Override
    public ApplicationListener<?> createApplicationListener(String beanName, Class<?> type, Method method) {
        return new DeafListener();
    }

    /** Before Spring's own factories, so that the application's methods are never bound to their beans. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** An event of the context's or the application's lifecycle, as Spring and Spring Boot publish them. */
    static boolean isLifecycleEvent(Class<?> event) {
        return event != null && (ApplicationContextEvent.class.isAssignableFrom(event)
                || SpringApplicationEvent.class.isAssignableFrom(event)
                || AvailabilityChangeEvent.class.isAssignableFrom(event));
    }

    private boolean isTheApplications(Class<?> type) {
        if (beanFactory == null || !AutoConfigurationPackages.has(beanFactory)) {
            return false;
        }
        List<String> packages = AutoConfigurationPackages.get(beanFactory);
        String name = type.getName();
        return packages.stream().anyMatch(pkg -> name.startsWith(pkg + "."));
    }

    /** Accepts no event, so the multicaster never calls it, nor creates the bean it stands for. */
    private static final class DeafListener implements GenericApplicationListener {

        @Override
        public boolean supportsEventType(ResolvableType eventType) {
            return false;
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            // Never called: supportsEventType refuses every event.
        }
    }
}
