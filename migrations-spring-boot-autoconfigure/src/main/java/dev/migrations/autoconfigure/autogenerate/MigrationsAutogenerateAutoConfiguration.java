package dev.migrations.autoconfigure.autogenerate;

import dev.migrations.autoconfigure.MigrationSetDataSources;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.autoconfigure.command.EntityModelCheck;
import dev.migrations.autoconfigure.command.EntityModelComparator;
import dev.migrations.autoconfigure.command.MigrationsCommandRunListener;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.boot.Metadata;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Autogenerate in command mode: {@code migrations revision --autogenerate} and the entity check of
 * {@code migrations check}; outside it when {@code migrations.autogenerate.entity-model} is set, as the
 * migrations-test slice does. The Hibernate boot metadata of each persistence unit is captured as the application
 * configured it, so the names, types and dialect are the ones the application uses, and each unit is compared with
 * the migration set on its database.
 */
@AutoConfiguration(afterName = "dev.migrations.autoconfigure.command.MigrationsCommandAutoConfiguration")
@ConditionalOnClass({Metadata.class, LocalContainerEntityManagerFactoryBean.class, EntityManagerFactory.class})
@Conditional(MigrationsAutogenerateAutoConfiguration.EntityModelWanted.class)
@EnableConfigurationProperties(MigrationsProperties.class)
public final class MigrationsAutogenerateAutoConfiguration {

    /** Static: a post-processor, created before the persistence units it captures. */
    @Bean
    static PersistenceUnitCapture migrationsPersistenceUnitCapture() {
        return new PersistenceUnitCapture();
    }

    @Bean
    PersistenceUnits migrationsPersistenceUnits(ListableBeanFactory beans, PersistenceUnitCapture capture,
                                                MigrationSetDataSources dataSources, MigrationsProperties properties) {
        return new PersistenceUnits(beans, capture, dataSources, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    EntityModelComparator migrationsEntityModelComparator(PersistenceUnits units, MigrationsProperties properties,
                                                          ListableBeanFactory beans, ResourceLoader resources,
                                                          Environment environment) {
        return new HibernateEntityModelComparator(units, properties,
                new LibrarySchemas(beans, resources, environment),
                EntityClassJars.of(beans));
    }

    @Bean
    @Order(1)
    EntityModelCheck migrationsEntityModelCheck(EntityModelComparator comparator) {
        return new EntityModelCheck(comparator);
    }

    @Bean
    @Order(2)
    @ConditionalOnBooleanProperty(name = "migrations.autogenerate.hibernate-validation", matchIfMissing = true)
    HibernateSchemaValidation migrationsHibernateSchemaValidation(PersistenceUnits units) {
        return new HibernateSchemaValidation(units);
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
