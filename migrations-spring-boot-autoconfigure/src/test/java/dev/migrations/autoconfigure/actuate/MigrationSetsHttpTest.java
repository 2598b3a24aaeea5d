package dev.migrations.autoconfigure.actuate;

import dev.migrations.autoconfigure.actuate.twosetsapp.TwoSetsTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint and the health indicator over real HTTP for two migration sets on two PostgreSQL databases. */
@SpringBootTest(classes = TwoSetsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=migrations,health",
                "management.endpoint.health.show-details=always",
                "migrations.sets.audit.packages=dev.migrations.autoconfigure.actuate.twosetsapp.audit",
                "migrations.sets.audit.data-source=auditDataSource"})
@DirtiesContext
class MigrationSetsHttpTest {

    private static final String CUSTOMERS = "c05700000001";
    private static final String ACTOR = "a0d100000002";
    private static final String UNKNOWN = "a0d1ffff0003";

    @RegisterExtension
    static TestDatabase orders = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase audit = TestDatabase.postgres();

    @DynamicPropertySource
    static void dataSources(DynamicPropertyRegistry properties) {
        properties.add("test.orders.url", orders::jdbcUrl);
        properties.add("test.orders.user", orders::user);
        properties.add("test.orders.password", orders::password);
        properties.add("test.audit.url", audit::jdbcUrl);
        properties.add("test.audit.user", audit::user);
        properties.add("test.audit.password", audit::password);
    }

    @LocalServerPort
    int port;

    private ActuatorClient actuator;

    @BeforeEach
    void client() {
        actuator = new ActuatorClient(port);
    }

    @AfterEach
    void undoDrift() {
        new VersionRows(audit).delete(UNKNOWN);
    }

    @Test
    void listsEachSetWithItsOwnHeads() {
        JsonNode sets = context(actuator.get("/actuator/migrations").json()).get("migrationSets");

        assertThat(sets.propertyNames()).containsExactlyInAnyOrder("default", "audit");
        assertThat(sets.get("default").get("currentHeads").get(0).asString()).isEqualTo(CUSTOMERS);
        assertThat(sets.get("default").get("migrations").size()).isEqualTo(1);
        assertThat(sets.get("audit").get("currentHeads").get(0).asString()).isEqualTo(ACTOR);
        assertThat(sets.get("audit").get("migrations").size()).isEqualTo(2);
    }

    @Test
    void selectsARevisionOnlyInTheSetThatHasIt() {
        JsonNode sets = context(actuator.get("/actuator/migrations/" + ACTOR).json()).get("migrationSets");

        assertThat(sets.propertyNames()).containsExactly("audit");
        assertThat(sets.get("audit").get("message").asString()).isEqualTo("add audit actor");
    }

    @Test
    void healthNamesTheSetThatDrifted() {
        new VersionRows(audit).insertUnknown(UNKNOWN, VersionRows.DELETED_PARENT);

        ActuatorClient.Response response = actuator.get("/actuator/health/migrations");

        assertThat(response.status()).isEqualTo(503);
        JsonNode details = response.json().get("details");
        assertThat(details.get("default").get("status").asString()).isEqualTo("UP");
        assertThat(details.get("audit").get("status").asString()).isEqualTo("DOWN");
        assertThat(details.get("audit").get("problems").get(0).get("revision").asString()).isEqualTo(UNKNOWN);
    }

    private static JsonNode context(JsonNode body) {
        return body.get("contexts").properties().iterator().next().getValue();
    }
}
