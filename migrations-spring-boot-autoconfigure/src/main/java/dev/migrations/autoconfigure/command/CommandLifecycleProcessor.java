package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.Lifecycle;
import org.springframework.context.support.DefaultLifecycleProcessor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lifecycle processor of command mode ({@link BackgroundWorkLeftOut}): starts nothing when the context is
 * refreshed, and on close stops only the lifecycle beans that exist, rather than creating the others to ask
 * whether they run.
 */
final class CommandLifecycleProcessor extends DefaultLifecycleProcessor {

    private ConfigurableListableBeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public void onRefresh() {
        // Nothing auto-starts in command mode.
    }

    @Override
    protected Map<String, Lifecycle> getLifecycleBeans() {
        Map<String, Lifecycle> created = new LinkedHashMap<>();
        for (String name : beanFactory.getBeanNamesForType(Lifecycle.class, false, false)) {
            if (beanFactory.containsSingleton(name) && beanFactory.getSingleton(name) instanceof Lifecycle bean
                    && bean != this) {
                created.put(name, bean);
            }
        }
        return created;
    }
}
