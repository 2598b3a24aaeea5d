package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.autoconfigure.command.EntityModelCheck;
import dev.migrations.autoconfigure.command.EntityModelComparator;
import dev.migrations.autoconfigure.command.MigrationsCommandRunListener;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;

import java.util.ArrayList;
import java.util.List;

/**
 * Autogenerate in command mode: {@code migrations revision --autogenerate} and the entity check of
 * {@code migrations check}; outside it when {@code migrations.autogenerate.entity-model} is set, as the
 * migrations-test slice does. The application's Hibernate boot metadata is captured as Spring Boot configured it,
 * so the names, types and dialect are the ones the application uses.
 */
@AutoConfiguration(afterName = "dev.migrations.autoconfigure.command.MigrationsCommandAutoConfiguration")
@ConditionalOnClass({Integrator.class, HibernatePropertiesCustomizer.class, EntityManagerFactory.class})
@Conditional(MigrationsAutogenerateAutoConfiguration.EntityModelWanted.class)
@EnableConfigurationProperties(MigrationsProperties.class)
public final class MigrationsAutogenerateAutoConfiguration {

    @Bean
    EntityMetadataCapture migrationsEntityMetadataCapture() {
        return new EntityMetadataCapture();
    }

    /** Adds the capture to the integrators, keeping any provider the application configured itself. */
    @Bean
    HibernatePropertiesCustomizer migrationsEntityMetadataCustomizer(EntityMetadataCapture capture) {
        return properties -> {
            Object configured = properties.get(JpaSettings.INTEGRATOR_PROVIDER);
            List<Integrator> integrators = new ArrayList<>();
            if (configured instanceof IntegratorProvider provider) {
                integrators.addAll(provider.getIntegrators());
            }
            integrators.add(capture);
            properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> integrators);
        };
    }

    @Bean
    @ConditionalOnMissingBean
    EntityModelComparator migrationsEntityModelComparator(EntityMetadataCapture capture,
                                                          ObjectProvider<EntityManagerFactory> entityManagerFactories,
                                                          MigrationsProperties properties) {
        return new HibernateEntityModelComparator(capture, entityManagerFactories, properties);
    }

    @Bean
    @Order(1)
    EntityModelCheck migrationsEntityModelCheck(EntityModelComparator comparator) {
        return new EntityModelCheck(comparator);
    }

    @Bean
    @Order(2)
    @ConditionalOnBooleanProperty(name = "migrations.autogenerate.hibernate-validation", matchIfMissing = true)
    HibernateSchemaValidation migrationsHibernateSchemaValidation(
            ObjectProvider<EntityManagerFactory> entityManagerFactories) {
        return new HibernateSchemaValidation(entityManagerFactories);
    }

    /** In command mode, or when asked for by property. */
    static final class EntityModelWanted extends AnyNestedCondition {

        EntityModelWanted() {
            super(ConfigurationPhase.PARSE_CONFIGURATION);
        }

        @ConditionalOnBooleanProperty(MigrationsCommandRunListener.ENABLED)
        static final class CommandMode {
        }

        @ConditionalOnBooleanProperty("migrations.autogenerate.entity-model")
        static final class Asked {
        }
    }
}
