package dev.migrations.autoconfigure.actuate;

import dev.migrations.autoconfigure.actuate.endpointapp.EndpointTestApplication;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /actuator/migrations} over real HTTP, against an application migrated on start-up; one subclass per database. */
@SpringBootTest(classes = EndpointTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoints.web.exposure.include=migrations,health")
@DirtiesContext
abstract class MigrationsEndpointHttpContract {

    private static final String AUTHORS = "1f3a9c0d2b4e";
    private static final String BOOKS = "1f3a77b0c5d1";
    private static final String UNKNOWN = "dead00beef01";
    /** The test server trusts local connections, so any password works; this one must never be shown. */
    private static final String PASSWORD_FALLBACK = "pw-that-must-not-leak-7f2c";

    /** The test database, given to the application with {@link #dataSource}. */
    abstract TestDatabase db();

    static void dataSource(DynamicPropertyRegistry properties, TestDatabase db) {
        properties.add("spring.datasource.url", db::jdbcUrl);
        properties.add("spring.datasource.username", db::user);
        properties.add("spring.datasource.password", () -> password(db));
    }

    /** PostgreSQL's test server trusts local connections, so a password can be set that must never show. */
    private static String password(TestDatabase db) {
        return db.password().isEmpty() && db.kind().equals("postgres") ? PASSWORD_FALLBACK : db.password();
    }

    @LocalServerPort
    int port;

    private ActuatorClient actuator;
    private VersionRows rows;
    private TestDatabase db;

    @BeforeEach
    void client() {
        db = db();
        rows = new VersionRows(db);
        actuator = new ActuatorClient(port);
    }

    @AfterEach
    void removeDrift() {
        rows.delete(UNKNOWN);
    }

    @Test
    void listsEverySetOfTheContextWithItsHeadsTargetAndPendingCount() {
        ActuatorClient.Response response = actuator.get("/actuator/migrations");

        assertThat(response.status()).isEqualTo(200);
        JsonNode contexts = response.json().get("contexts");
        assertThat(contexts.propertyNames()).hasSize(1);
        JsonNode context = contexts.properties().iterator().next().getValue();
        assertAbsent(context, "parentId");
        assertThat(context.get("migrationSets").propertyNames()).containsExactly("default");
        JsonNode set = context.get("migrationSets").get("default");
        assertThat(strings(set.get("currentHeads"))).containsExactly(BOOKS);
        assertThat(strings(set.get("heads"))).containsExactly(BOOKS);
        assertThat(set.get("target").asString()).isEqualTo("heads");
        assertThat(set.get("pendingCount").asInt()).isZero();
    }

    @Test
    void showsEachMigrationNewestFirstWithWhatTheVersionTableRecorded() {
        JsonNode migrations = defaultSet(actuator.get("/actuator/migrations").json()).get("migrations");

        assertThat(migrations.size()).isEqualTo(2);
        JsonNode books = migrations.get(0);
        assertThat(books.get("revision").asString()).isEqualTo(BOOKS);
        assertThat(strings(books.get("revises"))).containsExactly(AUTHORS);
        assertThat(books.get("message").asString()).isEqualTo("create books");
        assertThat(books.get("head").asBoolean()).isTrue();
        assertRecorded(books, rows.read(BOOKS));

        JsonNode authors = migrations.get(1);
        assertThat(authors.get("revision").asString()).isEqualTo(AUTHORS);
        assertThat(strings(authors.get("revises"))).isEmpty();
        assertThat(authors.get("message").asString()).isEqualTo("create authors");
        assertThat(authors.get("head").asBoolean()).isFalse();
        assertRecorded(authors, rows.read(AUTHORS));
    }

    private void assertRecorded(JsonNode migration, VersionRows.Row row) {
        assertThat(migration.get("state").asString()).isEqualTo("APPLIED");
        assertThat(Instant.parse(migration.get("appliedAt").asString())).isEqualTo(row.appliedAt());
        assertThat(migration.get("executionMillis").asLong()).isEqualTo(row.executionMs()).isNotNegative();
        assertThat(migration.get("appliedBy").asString()).isEqualTo(row.appliedBy()).startsWith(db.user());
        assertThat(migration.get("checksum").asString()).isEqualTo(row.checksum()).isNotBlank();
        assertAbsent(migration, "error");
    }

    @Test
    void showsARevisionTheDatabaseHoldsButTheCodeLacks() {
        rows.insertUnknown(UNKNOWN, BOOKS);

        JsonNode migrations = defaultSet(actuator.get("/actuator/migrations").json()).get("migrations");

        JsonNode unknown = migrations.get(migrations.size() - 1);
        assertThat(unknown.get("revision").asString()).isEqualTo(UNKNOWN);
        assertThat(unknown.get("state").asString()).isEqualTo("UNKNOWN_IN_CODE");
        assertThat(unknown.get("appliedBy").asString()).isEqualTo("release-2@elsewhere");
        assertThat(unknown.get("checksum").asString()).isEqualTo("0123abcd");
    }

    @Test
    void returnsOneMigrationBySelectorInEverySetThatHasIt() {
        ActuatorClient.Response response = actuator.get("/actuator/migrations/" + AUTHORS);

        assertThat(response.status()).isEqualTo(200);
        JsonNode context = response.json().get("contexts").properties().iterator().next().getValue();
        assertThat(context.get("migrationSets").propertyNames()).containsExactly("default");
        JsonNode authors = context.get("migrationSets").get("default");
        assertThat(authors.get("revision").asString()).isEqualTo(AUTHORS);
        assertThat(authors.get("message").asString()).isEqualTo("create authors");
        assertRecorded(authors, rows.read(AUTHORS));
    }

    @Test
    void acceptsAUniquePrefixAsSelector() {
        JsonNode set = defaultSet(actuator.get("/actuator/migrations/1f3a7").json());

        assertThat(set.get("revision").asString()).isEqualTo(BOOKS);
    }

    @Test
    void findsARevisionTheCodeLacksBySelector() {
        rows.insertUnknown(UNKNOWN, BOOKS);

        JsonNode set = defaultSet(actuator.get("/actuator/migrations/dead00").json());

        assertThat(set.get("state").asString()).isEqualTo("UNKNOWN_IN_CODE");
    }

    @Test
    void answersBadRequestForAPrefixOfSeveralRevisions() {
        assertThat(actuator.get("/actuator/migrations/1f3a").status()).isEqualTo(400);
    }

    @Test
    void answersNotFoundForAnUnknownRevision() {
        assertThat(actuator.get("/actuator/migrations/ffff0000").status()).isEqualTo(404);
    }

    @Test
    void offersNoWriteOrDeleteOperation() {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            for (String path : List.of("/actuator/migrations", "/actuator/migrations/" + BOOKS)) {
                assertThat(actuator.send(method, path).status()).as(method + " " + path).isGreaterThanOrEqualTo(400);
            }
        }
        assertThat(rows.read(BOOKS).state()).isEqualTo("APPLIED");
    }

    @Test
    void exposesNoConnectionUrlOrCredentials() {
        for (String path : List.of("/actuator/migrations", "/actuator/migrations/" + BOOKS)) {
            String body = actuator.get(path).body();
            assertThat(body).doesNotContainIgnoringCase("jdbc:").doesNotContain(db.jdbcUrl().substring("jdbc:".length()));
            if (!password(db).isEmpty()) {
                assertThat(body).doesNotContain(password(db));
            }
        }
    }

    /** Actuator leaves null fields out, as Boot's own endpoints do. */
    private static void assertAbsent(JsonNode node, String field) {
        assertThat(node.path(field).isMissingNode() || node.path(field).isNull()).as(field + " is absent").isTrue();
    }

    private static JsonNode defaultSet(JsonNode body) {
        return body.get("contexts").properties().iterator().next().getValue().get("migrationSets").get("default");
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
