package dev.migrations.autoconfigure.actuate;

import dev.migrations.autoconfigure.actuate.healthapp.HealthTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Which readiness group the application ends up with, for each way of configuring probes and health. */
class MigrationsReadinessGroupTest {

    private static final String UNKNOWN = "9999bbbb0001";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @Test
    void joinsTheReadinessGroupByDefault() {
        run(List.of(), groups -> {
            HealthEndpointGroup readiness = groups.get("readiness");
            assertThat(readiness.isMember("migrations")).isTrue();
            assertThat(readiness.isMember("readinessState")).isTrue();
            assertThat(readiness.isMember("db")).isFalse();
        });
    }

    @Test
    void keepsAReadinessGroupTheUserConfigured() {
        run(List.of("management.endpoint.health.group.readiness.include=readinessState,db"), groups -> {
            HealthEndpointGroup readiness = groups.get("readiness");
            assertThat(readiness.isMember("migrations")).isFalse();
            assertThat(readiness.isMember("db")).isTrue();
        });
    }

    @Test
    void addsNoReadinessGroupWhenProbesAreDisabled() {
        run(List.of("management.endpoint.health.probes.enabled=false"),
                groups -> assertThat(groups.get("readiness")).isNull());
    }

    @Test
    void leavesTheReadinessGroupAloneWhenTheIndicatorIsDisabled() {
        run(List.of("management.health.migrations.enabled=false"), groups -> {
            assertThat(groups.get("readiness").isMember("migrations")).isFalse();
            assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        });
    }

    @Test
    void servesTheReadinessGroupOnTheProbesAdditionalPath() {
        runContext(List.of("management.endpoint.health.probes.add-additional-paths=true"), context -> {
            ActuatorClient client = new ActuatorClient(context.getEnvironment()
                    .getRequiredProperty("local.server.port", Integer.class));
            assertThat(client.get("/readyz").status()).isEqualTo(200);
            new VersionRows(db).insertUnknown(UNKNOWN, VersionRows.DELETED_PARENT);
            try {
                assertThat(client.get("/readyz").status()).isEqualTo(503);
            } finally {
                new VersionRows(db).delete(UNKNOWN);
            }
        });
    }

    private static void run(List<String> properties, Consumer<HealthEndpointGroups> assertions) {
        runContext(properties, context -> assertions.accept(context.getBean(HealthEndpointGroups.class)));
    }

    private static void runContext(List<String> properties, Consumer<ConfigurableApplicationContext> assertions) {
        List<String> all = new ArrayList<>(List.of("server.port=0",
                "spring.datasource.url=" + db.jdbcUrl(),
                "spring.datasource.username=" + db.user(),
                "spring.datasource.password=" + db.password()));
        all.addAll(properties);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HealthTestApplication.class)
                .properties(all.toArray(String[]::new)).run()) {
            assertions.accept(context);
        }
    }
}
