package dev.migrations.autoconfigure.actuate;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@code migrations} health contributor ({@link MigrationsHealthIndicator}), and of its
 * membership in the readiness group when availability probes are enabled (the default in Spring Boot 4).
 * {@code management.health.migrations.enabled=false} turns both off.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@ConditionalOnBean(MigrationSet.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = {"migrationsHealthIndicator", "migrationsHealthContributor"})
    MigrationsHealthIndicator migrationsHealthIndicator(ObjectProvider<MigrationSet> sets) {
        return new MigrationsHealthIndicator(sets.orderedStream().toList());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    @ConditionalOnBooleanProperty(name = "management.endpoint.health.probes.enabled", matchIfMissing = true)
    static class ReadinessConfiguration {

        @Bean
        MigrationsReadinessPostProcessor migrationsReadinessPostProcessor() {
            return new MigrationsReadinessPostProcessor();
        }
    }
}
