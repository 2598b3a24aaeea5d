package dev.migrations.autoconfigure.actuate;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.actuate.tenantsapp.TenantsTestApplication;
import dev.migrations.tenant.TenantMigrations;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service with {@value #TENANTS} tenant schemas on a real PostgreSQL: migrated on start, in parallel; the endpoint,
 * the health indicator and the gauges over real HTTP summarize them by set, and name the tenants behind.
 */
@SpringBootTest(classes = TenantsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=migrations,health,metrics",
                "management.endpoint.health.show-details=always", "migrations.tenants.parallelism=3"})
@DirtiesContext
class TenantsHttpOnPostgresTest {

    private static final int TENANTS = 120;
    private static final List<String> SCHEMAS = IntStream.rangeClosed(1, TENANTS)
            .mapToObj(i -> String.format("shop_%03d", i)).toList();

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", db::jdbcUrl);
        properties.add("spring.datasource.username", db::user);
        properties.add("spring.datasource.password", db::password);
        properties.add("migrations.tenants.schemas", () -> String.join(",", SCHEMAS));
    }

    @LocalServerPort
    int port;

    @Autowired
    MigrationSet set;

    private ActuatorClient actuator;

    @BeforeEach
    void client() {
        actuator = new ActuatorClient(port);
    }

    @AfterEach
    void everyTenantAtTheHeads() {
        set.tenants().upgrade("heads", progress -> { }).requireSuccess();
    }

    @Test
    void everyTenantIsMigratedOnStartInItsOwnSchema() {
        for (String schema : SCHEMAS) {
            assertThat(db.strings("SELECT revision FROM " + schema + ".migrations_version WHERE state = 'APPLIED'"))
                    .as(schema).containsExactlyInAnyOrder("7e0a00000001", "7e0a00000002");
        }
        assertThat(db.strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .as("the set's own schema is not migrated").isEmpty();
        TenantMigrations tenants = set.tenants();
        assertThat(tenants.parallelism()).isEqualTo(3);
    }

    @Test
    void theEndpointSummarizesTheTenantsAndListsThoseBehind() {
        JsonNode upToDate = defaultSet(actuator.get("/actuator/migrations").json()).get("tenants");
        assertThat(upToDate.get("total").asInt()).isEqualTo(TENANTS);
        assertThat(upToDate.get("upToDate").asInt()).isEqualTo(TENANTS);
        assertThat(upToDate.get("complete").asBoolean()).isFalse();
        assertThat(upToDate.get("tenants").size()).isZero();

        set.tenants().tenant("shop_007").downgrade("-1");

        JsonNode sets = actuator.get("/actuator/migrations").json();
        JsonNode behind = defaultSet(sets).get("tenants");
        assertThat(behind.get("behind").asInt()).isEqualTo(1);
        assertThat(behind.get("tenants").get(0).get("tenant").asString()).isEqualTo("shop_007");
        assertThat(behind.get("tenants").get(0).get("pendingCount").asInt()).isEqualTo(1);
        assertThat(behind.get("tenants").get(0).get("currentHeads").get(0).asString()).isEqualTo("7e0a00000001");
        assertThat(defaultSet(sets).get("pendingCount").asInt()).isEqualTo(1);
        assertThat(actuator.get("/actuator/migrations/7e0a00000001").status())
                .as("a revision has a state per tenant: the selector does not search a set with tenants").isEqualTo(404);
    }

    @Test
    void healthCountsTenantsBehindAndTheGaugesCountByTheSet() {
        JsonNode up = actuator.get("/actuator/health").json().get("components").get("migrations");
        assertThat(up.get("status").asString()).isEqualTo("UP");
        assertThat(up.get("details").get("default").get("tenants").asInt()).isEqualTo(TENANTS);

        set.tenants().tenant("shop_100").downgrade("-1");

        ActuatorClient.Response health = actuator.get("/actuator/health");
        JsonNode migrations = health.json().get("components").get("migrations");
        assertThat(migrations.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        JsonNode details = migrations.get("details").get("default");
        assertThat(details.get("tenantsBehind").asInt()).isEqualTo(1);
        assertThat(details.get("needingAttention").get(0).get("tenant").asString()).isEqualTo("shop_100");

        JsonNode total = actuator.get("/actuator/metrics/migrations.tenants?tag=set:default").json();
        assertThat(total.get("measurements").get(0).get("value").asDouble()).isEqualTo(TENANTS);
        assertThat(actuator.get("/actuator/metrics").json().get("names").toString())
                .contains("migrations.tenants.behind", "migrations.tenants.failed");
    }


    private static JsonNode defaultSet(JsonNode body) {
        return body.get("contexts").properties().iterator().next().getValue().get("migrationSets").get("default");
    }
}
