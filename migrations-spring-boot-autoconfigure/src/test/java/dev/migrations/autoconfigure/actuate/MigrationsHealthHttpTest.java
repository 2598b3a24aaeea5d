package dev.migrations.autoconfigure.actuate;

import dev.migrations.autoconfigure.actuate.healthapp.HealthTestApplication;
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

/**
 * The {@code migrations} health indicator over real HTTP, UP and DOWN for each kind of drift, and its weight in the
 * readiness probe, against an application migrated on start-up on PostgreSQL.
 */
@SpringBootTest(classes = HealthTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=migrations,health",
                "management.endpoint.health.show-details=always",
                "management.endpoint.health.probes.enabled=true"})
@DirtiesContext
class MigrationsHealthHttpTest {

    private static final String SHELVES = "5a1e00000001";
    private static final String LABEL = "5a1e00000002";
    private static final String UNKNOWN = "9999aaaa0001";

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

    private ActuatorClient actuator;
    private final VersionRows rows = new VersionRows(db);
    private String appliedChecksum;

    @BeforeEach
    void remember() {
        actuator = new ActuatorClient(port);
        appliedChecksum = rows.read(SHELVES).checksum();
    }

    @AfterEach
    void undoDrift() {
        rows.setChecksum(SHELVES, appliedChecksum);
        rows.delete(UNKNOWN);
    }

    @Test
    void upWhenEverySetIsAtItsTarget() {
        ActuatorClient.Response response = actuator.get("/actuator/health/migrations");

        assertThat(response.status()).isEqualTo(200);
        JsonNode health = response.json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        JsonNode set = health.get("details").get("default");
        assertThat(set.get("status").asString()).isEqualTo("UP");
        assertThat(set.get("currentHeads").valueStream().map(JsonNode::asString)).containsExactly(LABEL);
        assertThat(set.get("target").asString()).isEqualTo("heads");
        assertThat(set.get("pendingCount").asInt()).isZero();
        assertThat(set.get("problems").size()).isZero();
    }

    @Test
    void downWhenAnAppliedRevisionWasEditedAfterwards() {
        rows.setChecksum(SHELVES, "x");

        JsonNode problem = onlyProblem(expectDown());

        assertThat(problem.get("revision").asString()).isEqualTo(SHELVES);
        assertThat(problem.get("state").asString()).isEqualTo("CHECKSUM_MISMATCH");
        assertThat(problem.get("reason").asString()).contains("edited after it was applied")
                .contains("migrations repair " + SHELVES);
    }

    @Test
    void downWhenTheDatabaseHoldsARevisionTheCodeLacksInItsHistory() {
        rows.insertUnknown(UNKNOWN, VersionRows.DELETED_PARENT);

        JsonNode problem = onlyProblem(expectDown());

        assertThat(problem.get("revision").asString()).isEqualTo(UNKNOWN);
        assertThat(problem.get("state").asString()).isEqualTo("UNKNOWN_IN_CODE");
        assertThat(problem.get("reason").asString()).contains("database is ahead of the code")
                .contains("migrations stamp");
    }

    @Test
    void upWithTheRevisionsListedWhenANewerReleaseMigratedAheadOfThisCode() {
        rows.insertUnknown(UNKNOWN, LABEL);

        ActuatorClient.Response response = actuator.get("/actuator/health/migrations");

        // During a rolling deploy the old replicas must keep serving while the new ones have migrated.
        assertThat(response.status()).isEqualTo(200);
        JsonNode set = response.json().get("details").get("default");
        assertThat(set.get("status").asString()).isEqualTo("UP");
        assertThat(set.get("aheadOfCode").get(0).asString()).isEqualTo(UNKNOWN);
        assertThat(set.get("problems")).isEmpty();
        assertThat(actuator.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void readinessProbeIncludesMigrations() {
        assertThat(actuator.get("/actuator/health/readiness").status()).isEqualTo(200);

        rows.insertUnknown(UNKNOWN, VersionRows.DELETED_PARENT);

        ActuatorClient.Response notReady = actuator.get("/actuator/health/readiness");
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.json().get("status").asString()).isEqualTo("DOWN");
    }

    @Test
    void livenessProbeIgnoresMigrations() {
        rows.insertUnknown(UNKNOWN, VersionRows.DELETED_PARENT);

        // A broken schema is not fixed by restarting the replica: only readiness should react.
        assertThat(actuator.get("/actuator/health/liveness").status()).isEqualTo(200);
    }

    private JsonNode expectDown() {
        ActuatorClient.Response response = actuator.get("/actuator/health/migrations");
        assertThat(response.status()).isEqualTo(503);
        JsonNode health = response.json();
        assertThat(health.get("status").asString()).isEqualTo("DOWN");
        assertThat(health.get("details").get("default").get("status").asString()).isEqualTo("DOWN");
        return health;
    }

    private static JsonNode onlyProblem(JsonNode health) {
        JsonNode problems = health.get("details").get("default").get("problems");
        assertThat(problems.size()).isEqualTo(1);
        return problems.get(0);
    }
}
