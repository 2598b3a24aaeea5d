package dev.migrations.autoconfigure;

import dev.migrations.backup.MigrationsBackup;
import dev.migrations.Migrations;
import dev.migrations.runtime.MigrationListener;
import dev.migrations.tenant.MigrationTenants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * Migrates every {@link MigrationSet} while the context starts, before any bean that uses the database.
 * <p>
 * Discovery ({@link MigrationBeansRegistrar}) turns each {@code @Migration} class into a bean and declares one
 * {@link MigrationSet} bean per set; {@link MigrationsInitializer} runs their start-up action, and Boot's
 * database-initialization SPI ({@link MigrationsInitializerDatabaseInitializerDetector}) makes the
 * EntityManagerFactory, JdbcTemplate, JdbcClient, jOOQ and the like wait for it.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrations.class)
@Conditional(OnDataSourceOrMigrationsUrl.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import({DatabaseInitializationDependencyConfigurer.class, MigrationBeansRegistrar.class})
public final class MigrationsAutoConfiguration {

    /** Static: it checks the property names before any bean is created, so a typo fails fast. */
    @Bean
    static MigrationsPropertyNamesCheck migrationsPropertyNamesCheck(Environment environment) {
        return new MigrationsPropertyNamesCheck(environment);
    }

    @Bean
    RunningRevision migrationsRunningRevision() {
        return new RunningRevision();
    }

    @Bean
    MigrationSetDataSources migrationSetDataSources(ConfigurableListableBeanFactory beanFactory,
            MigrationsProperties properties, ObjectProvider<DataSource> dataSource,
            @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource) {
        return new MigrationSetDataSources(beanFactory, properties, dataSource, migrationsDataSource);
    }

    @Bean
    MigrationSetFactory migrationSetFactory(ConfigurableListableBeanFactory beanFactory,
            MigrationsProperties properties, MigrationSetDataSources dataSources,
            ObjectProvider<MigrationsCustomizer> customizers, ObjectProvider<MigrationListener> listeners,
            RunningRevision runningRevision, ObjectProvider<MigrationsBackup> backup,
            ObjectProvider<MigrationTenants> tenants) {
        return new MigrationSetFactory(beanFactory, properties, dataSources, customizers, listeners, runningRevision,
                backup, new TenantSetFactory(properties, tenants));
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationsInitializer migrationsInitializer(ObjectProvider<MigrationSet> sets,
            ObjectProvider<MigrationsStrategy> strategy, MigrationsProperties properties, Environment environment) {
        OnStartupStrategy configured = new OnStartupStrategy(
                Objects.requireNonNullElse(properties.getOnStartup(), OnStartup.UPGRADE),
                properties.getBackup().isOnUpgrade());
        // In command mode the command alone acts on the database: not even the application's own strategy runs.
        return new MigrationsInitializer(sets.orderedStream().toList(), isCommandMode(environment)
                ? new OnStartupStrategy(OnStartup.NONE, false) : strategy.getIfAvailable(() -> configured));
    }

    /**
     * Migrating on start-up happens on start-up, lazy initialization or not ({@code spring.main.lazy-initialization}):
     * otherwise an application whose database users are all lazy would migrate on its first request, and the
     * readiness it reports, which waits for the migrations, would keep that request from ever coming. Command mode,
     * which starts lazily and runs no start-up action, creates the initializer only as a command needs it.
     */
    @Bean
    static LazyInitializationExcludeFilter migrationsInitializerNotLazy(Environment environment) {
        boolean commandMode = isCommandMode(environment);
        return (name, definition, type) -> !commandMode && type != null
                && MigrationsInitializer.class.isAssignableFrom(type);
    }

    private static boolean isCommandMode(Environment environment) {
        return environment.getProperty("migrations.command-line.enabled", Boolean.class, false);
    }

    /** Makes Hibernate's ddl-auto default to none on every DataSource a set migrates. */
    @Bean
    MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(MigrationSetDataSources dataSources) {
        return new MigrationsSchemaManagementProvider(dataSources);
    }
}
