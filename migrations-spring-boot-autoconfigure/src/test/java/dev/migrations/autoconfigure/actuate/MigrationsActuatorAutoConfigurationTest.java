package dev.migrations.autoconfigure.actuate;

import dev.migrations.Migrations;
import dev.migrations.autoconfigure.MigrationSet;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The conditions of the endpoint and health auto-configurations. */
class MigrationsActuatorAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class, HealthContributorAutoConfiguration.class,
                    HealthContributorRegistryAutoConfiguration.class));

    private final WebApplicationContextRunner withSet = runner.withBean(MigrationSet.class,
            MigrationsActuatorAutoConfigurationTest::set);

    // Never connected: these tests only look at which beans exist.
    private static MigrationSet set() {
        return new MigrationSet(MigrationSet.DEFAULT, Migrations.builder(new PGSimpleDataSource()).build(), "heads");
    }

    @Test
    void offersTheEndpointWhenItIsExposed() {
        withSet.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
    }

    @Test
    void offersNoEndpointUnlessItIsExposed() {
        withSet.run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void offersNoEndpointWhenItIsDisabled() {
        withSet.withPropertyValues("management.endpoints.web.exposure.include=migrations",
                        "management.endpoint.migrations.access=NONE")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void offersNoEndpointWithoutMigrationSets() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void keepsAnEndpointTheUserDefined() {
        withSet.withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .withBean("customMigrationsEndpoint", MigrationsEndpoint.class,
                        () -> new MigrationsEndpoint(null), bean -> bean.setPrimary(false))
                .run(context -> assertThat(context).getBeanNames(MigrationsEndpoint.class)
                        .containsExactly("customMigrationsEndpoint"));
    }

    @Test
    void registersTheHealthContributorAsMigrations() {
        withSet.run(context -> assertThat(context.getBean(HealthContributorRegistry.class).getContributor("migrations"))
                .isInstanceOf(MigrationsHealthIndicator.class));
    }

    @Test
    void registersNoHealthContributorWithoutMigrationSets() {
        runner.run(context -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
    }

    @Test
    void registersNoHealthContributorWhenItIsDisabled() {
        withSet.withPropertyValues("management.health.migrations.enabled=false").run(context -> assertThat(context)
                .doesNotHaveBean(MigrationsHealthIndicator.class)
                .doesNotHaveBean(MigrationsReadinessPostProcessor.class));
    }

    @Test
    void registersNoHealthContributorWhenHealthDefaultsAreOff() {
        withSet.withPropertyValues("management.health.defaults.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationsHealthIndicator.class));
    }

    @Test
    void joinsNoReadinessGroupWhenProbesAreDisabled() {
        withSet.withPropertyValues("management.endpoint.health.probes.enabled=false").run(context -> assertThat(context)
                .hasSingleBean(MigrationsHealthIndicator.class)
                .doesNotHaveBean(MigrationsReadinessPostProcessor.class));
    }

    @Test
    void joinsTheReadinessGroupWhenProbesAreLeftAtTheirDefault() {
        withSet.run(context -> assertThat(context).hasSingleBean(MigrationsReadinessPostProcessor.class));
    }
}
