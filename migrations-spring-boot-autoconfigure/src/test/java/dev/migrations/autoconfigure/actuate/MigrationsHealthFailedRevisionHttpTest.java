package dev.migrations.autoconfigure.actuate;

import dev.migrations.error.MigrationException;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.actuate.failingapp.FailingTestApplication;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code migrations} health indicator over real HTTP for a revision that failed part-way outside a
 * transaction on PostgreSQL, for one left RUNNING, and for revisions still pending after start-up.
 */
@SpringBootTest(classes = FailingTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=migrations,health",
                "management.endpoint.health.show-details=always",
                "management.endpoint.health.probes.enabled=true",
                "migrations.on-startup=none"})
@DirtiesContext
class MigrationsHealthFailedRevisionHttpTest {

    private static final String LEDGER = "fa1100000001";
    private static final String COPY = "fa1100000002";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", db::jdbcUrl);
        properties.add("spring.datasource.username", db::user);
        properties.add("spring.datasource.password", db::password);
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
    void emptySchema() {
        db.reset();
    }

    @Test
    void outOfServiceWhileRevisionsArePendingAfterStartUp() {
        ActuatorClient.Response response = actuator.get("/actuator/health/migrations");

        assertThat(response.status()).isEqualTo(503);
        JsonNode health = response.json();
        assertThat(health.get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        JsonNode details = health.get("details").get("default");
        assertThat(details.get("pendingCount").asInt()).isEqualTo(2);
        assertThat(details.get("currentHeads").size()).isZero();
        assertThat(details.get("problems").size()).isZero();
        assertThat(actuator.get("/actuator/health/readiness").status()).isEqualTo(503);
    }

    @Test
    void downWhenARevisionFailedPartWay() {
        assertThatThrownBy(() -> set.migrations().upgrade()).isInstanceOf(MigrationException.class);

        ActuatorClient.Response response = actuator.get("/actuator/health/migrations");

        assertThat(response.status()).isEqualTo(503);
        JsonNode health = response.json();
        assertThat(health.get("status").asString()).isEqualTo("DOWN");
        JsonNode details = health.get("details").get("default");
        assertThat(details.get("currentHeads").valueStream().map(JsonNode::asString)).containsExactly(LEDGER);
        JsonNode problem = details.get("problems").get(0);
        assertThat(problem.get("revision").asString()).isEqualTo(COPY);
        assertThat(problem.get("state").asString()).isEqualTo("FAILED");
        assertThat(problem.get("reason").asString()).contains("failed part-way").contains("ledger_archive")
                .contains("migrations repair " + COPY);
        assertThat(actuator.get("/actuator/health/readiness").status()).isEqualTo(503);
    }

    @Test
    void runningRevisionIsListedWithoutTakingTheReplicaOutOfService() {
        assertThatThrownBy(() -> set.migrations().upgrade()).isInstanceOf(MigrationException.class);
        db.execute("UPDATE migrations_version SET state = 'RUNNING', error = NULL WHERE revision = '" + COPY + "'");

        JsonNode health = actuator.get("/actuator/health/migrations").json();

        // A long concurrent index build elsewhere looks the same: readiness must not drop every replica for it.
        JsonNode details = health.get("details").get("default");
        assertThat(details.get("running").get(0).asString()).isEqualTo(COPY);
        assertThat(details.get("problems")).isEmpty();
        assertThat(health.get("status").asString()).isNotEqualTo("DOWN");
    }
}
