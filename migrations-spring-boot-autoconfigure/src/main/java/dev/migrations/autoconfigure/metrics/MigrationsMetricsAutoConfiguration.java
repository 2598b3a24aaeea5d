package dev.migrations.autoconfigure.metrics;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of migration metrics (when there is a {@link MeterRegistry}) and observations (when there is
 * an {@link ObservationRegistry}).
 * <p>
 * Ordered after Boot's registry auto-configurations, so that the bean conditions see their registries, and before
 * the migrations auto-configuration, whose sets are built with every {@link MigrationsCustomizer}. The registries
 * themselves are looked up only when a step runs and when the gauges are bound, never while the sets are built.
 */
@AutoConfiguration(before = MigrationsAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(ObservationRegistry.class)
public final class MigrationsMetricsAutoConfiguration {

    @Bean
    MigrationsCustomizer migrationsInstrumentationCustomizer(ObjectProvider<SetListenerFactory> instrumentation) {
        return new MigrationsListenerCustomizer(instrumentation.orderedStream().toList());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MeterConfiguration {

        @Bean
        SetListenerFactory migrationsMeterListeners(ObjectProvider<MeterRegistry> registry) {
            return setName -> new MeterRecordingListener(setName, registry::getIfUnique);
        }

        @Bean
        MigrationsMeterBinder migrationsMeterBinder(ObjectProvider<MigrationSet> sets) {
            return new MigrationsMeterBinder(() -> sets.orderedStream().toList(),
                    MigrationsMeterBinder.STATUS_TIME_TO_LIVE);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ObservationRegistry.class)
    static class ObservationConfiguration {

        @Bean
        SetListenerFactory migrationsObservationListeners(ObjectProvider<ObservationRegistry> registry) {
            return setName -> new ObservingListener(setName, registry::getIfUnique);
        }
    }
}
