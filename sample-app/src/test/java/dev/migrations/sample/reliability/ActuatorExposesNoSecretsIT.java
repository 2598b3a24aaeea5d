package dev.migrations.sample.reliability;

import dev.migrations.sample.reliability.SampleApp.Server;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged sample ({@code java -jar sample-app.jar}) connects to PostgreSQL as a role with a password, once with
 * the password in {@code spring.datasource.password} and once with it inside the JDBC URL ({@code ?password=}). Over
 * real HTTP, nothing the Actuator serves (the links, health and its groups, the migrations endpoint and one revision
 * of it, info, and every metric) contains the password or a JDBC URL. And the migrations endpoint has no write
 * operation: POST, PUT, PATCH and DELETE are refused, and the database is unchanged after them.
 */
class ActuatorExposesNoSecretsIT {

    private static final String HEAD = "e7f6ada0098e";
    private static final String ROLE = "act_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String PASSWORD = "Pw" + UUID.randomUUID().toString().replace("-", "");

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final ActuatorClient http = new ActuatorClient();

    @TempDir
    Path logs;

    @BeforeAll
    static void roleWithAPassword() {
        db.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'", "GRANT ALL ON SCHEMA public TO " + ROLE);
    }

    @AfterAll
    static void dropRole() {
        db.execute("DROP OWNED BY " + ROLE, "DROP ROLE " + ROLE);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void noEndpointExposesThePasswordOrAJdbcUrlAndTheMigrationsEndpointRefusesEveryWrite() throws Exception {
        SampleApp app = SampleApp.packaged();
        Map<String, String> passwordProperty = new LinkedHashMap<>();
        passwordProperty.put("spring.datasource.url", db.jdbcUrl());
        passwordProperty.put("spring.datasource.username", ROLE);
        passwordProperty.put("spring.datasource.password", PASSWORD);
        Map<String, String> passwordInUrl = Map.of("spring.datasource.url",
                db.jdbcUrl() + "?user=" + ROLE + "&password=" + PASSWORD, "sample.demo-data", "false");

        try (Server byProperty = app.startServer(logs.resolve("password-property.log"), passwordProperty);
             Server byUrl = app.startServer(logs.resolve("password-in-url.log"), passwordInUrl)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            byProperty.awaitReady(deadline, http);
            byUrl.awaitReady(deadline, http);

            for (Server server : List.of(byProperty, byUrl)) {
                Map<String, String> served = everythingServed(server.port());
                assertThat(served).hasSizeGreaterThan(10);
                served.forEach((path, body) -> assertThat(body).as(path)
                        .doesNotContain(PASSWORD)
                        .doesNotContainIgnoringCase("jdbc:")
                        .doesNotContainIgnoringCase("password="));
                assertThat(served.get("/actuator/migrations")).contains(HEAD).contains(ROLE + "@");
                System.out.println("Actuator: " + served.size() + " responses checked on port " + server.port());
            }

            List<String> before = state();
            for (String path : List.of("/actuator/migrations", "/actuator/migrations/" + HEAD, "/actuator/migrations/base")) {
                for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                    HttpResponse<String> response = http.send(byProperty.port(), path, method,
                            "{\"target\":\"base\",\"revision\":\"base\"}");
                    assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isIn(404, 405);
                }
            }
            assertThat(state()).as("the version table and the audit after the writes").isEqualTo(before);
            assertThat(http.isReady(byProperty.port())).isTrue();
        }
    }

    /** Every Actuator response a client can GET, by path. */
    private Map<String, String> everythingServed(int port) {
        Map<String, String> served = new LinkedHashMap<>();
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness",
                "/actuator/health/liveness", "/actuator/migrations", "/actuator/migrations/" + HEAD,
                "/actuator/migrations/1c1c", "/actuator/info", "/actuator/metrics")) {
            HttpResponse<String> response = http.get(port, path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            served.put(path, response.body());
        }
        JsonNode names = JsonMapper.builder().build().readTree(served.get("/actuator/metrics")).get("names");
        List<String> metrics = new ArrayList<>();
        names.forEach(name -> metrics.add(name.asString()));
        assertThat(metrics).anyMatch(name -> name.startsWith("migrations"));
        for (String metric : metrics) {
            String path = "/actuator/metrics/" + metric;
            HttpResponse<String> response = http.get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            served.put(path, response.body());
        }
        return served;
    }

    private static List<String> state() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT revision || ' ' || state FROM migrations_version ORDER BY 1")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM migrations_version_audit")) {
                rs.next();
                rows.add("audit rows: " + rs.getLong(1));
            }
        }
        return rows;
    }
}
