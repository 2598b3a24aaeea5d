package dev.migrations.autoconfigure.autogenerate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the boot-time {@link Metadata} of each persistence unit the application builds, by the name of its
 * {@code EntityManagerFactory} bean: the entity model exactly as Hibernate mapped it, with the naming strategies,
 * types and dialect it was configured with. Every Spring-built unit is captured, whether Spring Boot configured it,
 * the application built it with Boot's builder, or it built it by hand with a vendor adapter: the capture joins the
 * integrators ({@code hibernate.integrator_provider}) of each factory bean before the factory bean builds its unit.
 * Registered in command mode only, since the metadata is not needed otherwise.
 */
public final class PersistenceUnitCapture implements BeanPostProcessor {

    private final Map<String, Metadata> captured = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractEntityManagerFactoryBean factory) {
            Map<String, Object> properties = factory.getJpaPropertyMap();
            List<Integrator> integrators = new ArrayList<>(configured(properties.get(JpaSettings.INTEGRATOR_PROVIDER),
                    factory.getBeanClassLoader()));
            integrators.add(new Capture(beanName));
            properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> integrators);
        }
        return bean;
    }

    /** The metadata of the persistence unit of this {@code EntityManagerFactory} bean, once it is built. */
    public Optional<Metadata> of(String beanName) {
        return Optional.ofNullable(captured.get(beanName));
    }

    /** The integrators the application configured itself: a provider, its class, or its class's name. */
    private static List<Integrator> configured(Object provider, ClassLoader classLoader) {
        if (provider == null) {
            return List.of();
        }
        if (provider instanceof IntegratorProvider instance) {
            return instance.getIntegrators();
        }
        Class<?> type = provider instanceof Class<?> given ? given
                : ClassUtils.resolveClassName(provider.toString(), classLoader);
        return ((IntegratorProvider) BeanUtils.instantiateClass(type)).getIntegrators();
    }

    private final class Capture implements Integrator {

        private final String beanName;

        Capture(String beanName) {
            this.beanName = beanName;
        }

        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                              SessionFactoryImplementor sessionFactory) {
            captured.put(beanName, metadata);
        }
    }
}
