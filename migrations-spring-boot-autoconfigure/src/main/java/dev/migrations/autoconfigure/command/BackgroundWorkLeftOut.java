package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * In command mode, keeps the application's background work from starting while a command runs: its lifecycle beans
 * (the message listener containers of RabbitMQ, Kafka, JMS or Pulsar, Quartz's scheduler, anything
 * {@code SmartLifecycle} that starts on its own) stay stopped, and its {@code @Scheduled} methods are not scheduled.
 * A command is a one-shot process, often a Kubernetes Job beside the running service: consuming the service's
 * messages or running its jobs there, on a schema being migrated, then exiting in the middle of them, would be
 * work done twice or lost.
 */
final class BackgroundWorkLeftOut implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // The post-processor @EnableScheduling registers: without it, no @Scheduled method is scheduled.
        BeanDefinitionsLeftOut.remove(beanFactory, name -> true, ScheduledAnnotationBeanPostProcessor.class);
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
            return;
        }
        String processor = AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME;
        if (registry.containsBeanDefinition(processor)) {
            registry.removeBeanDefinition(processor);
        }
        registry.registerBeanDefinition(processor, new RootBeanDefinition(CommandLifecycleProcessor.class));
    }
}
