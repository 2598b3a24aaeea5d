package dev.migrations.autoconfigure.metrics;

import dev.migrations.autoconfigure.MigrationsCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Which instrumentation is attached to the migration sets, by the registries the application has. */
class MigrationsMetricsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsMetricsAutoConfiguration.class));

    @Test
    void attachesNothingWithoutARegistry() {
        runner.run(context -> assertThat(context)
                .hasSingleBean(MigrationsCustomizer.class)
                .doesNotHaveBean(SetListenerFactory.class)
                .doesNotHaveBean(MigrationsMeterBinder.class));
    }

    @Test
    void recordsMetersWhenThereIsAMeterRegistry() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(MigrationsMeterBinder.class).hasSingleBean(SetListenerFactory.class);
            assertThat(context.getBean(SetListenerFactory.class).forSet("default"))
                    .isInstanceOf(MeterRecordingListener.class);
        });
    }

    @Test
    void observesStepsWhenThereIsAnObservationRegistry() {
        runner.withBean(ObservationRegistry.class, ObservationRegistry::create).run(context -> {
            assertThat(context).doesNotHaveBean(MigrationsMeterBinder.class).hasSingleBean(SetListenerFactory.class);
            assertThat(context.getBean(SetListenerFactory.class).forSet("default"))
                    .isInstanceOf(ObservingListener.class);
        });
    }

    @Test
    void doesBothWhenThereAreBothRegistries() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(ObservationRegistry.class, ObservationRegistry::create)
                .run(context -> assertThat(context.getBeansOfType(SetListenerFactory.class)).hasSize(2));
    }
}
