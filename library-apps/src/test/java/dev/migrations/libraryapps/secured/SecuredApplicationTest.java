package dev.migrations.libraryapps.secured;

import dev.migrations.autoconfigure.command.CommandMode;
import dev.migrations.autoconfigure.command.CommandMode.Run;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static dev.migrations.libraryapps.LibraryApps.startService;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service secured with its own {@link SecurityFilterChain}: the commands that start the whole application
 * ({@code check}, {@code revision --autogenerate}) start it as the web application it is, whose security needs the
 * web infrastructure, without listening on its port; and its operators read the endpoint through its security.
 */
class SecuredApplicationTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final CommandMode migrations = CommandMode.of(SecuredApplication.class, db);

    @BeforeEach
    void upgraded() {
        db.reset();
        Run upgrade = migrations.run("upgrade");
        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
    }

    @Test
    void checkStartsTheSecuredWebApplicationWithoutListeningOnItsPort() throws IOException {
        int port = freePort();
        try (Run check = migrations.with("server.port", port).start("check")) {
            assertThat(check.exitCode()).as(check.toString()).isZero();
            assertThat(check.out()).contains("the entity model (1 table, 2 columns)");
            assertThat(check.context()).isInstanceOf(WebServerApplicationContext.class);
            assertThat(check.context().getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("security");
            try (ServerSocket stillFree = new ServerSocket(port)) {
                assertThat(stillFree.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void autogenerateStartsTheSecuredApplication(@TempDir Path project) throws IOException {
        Run revision = migrations.with("migrations.source-directory", project.toString())
                .run("revision", "--autogenerate", "-m", "nothing new");

        assertThat(revision.exitCode()).as(revision.toString()).isZero();
        assertThat(revision.out()).contains("No changes detected.");
        try (var written = Files.walk(project)) {
            assertThat(written.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void operatorsReadTheEndpointThroughTheServicesSecurity() throws Exception {
        try (ConfigurableApplicationContext context = startService(SecuredApplication.class, db, "--server.port=0",
                "--management.endpoints.web.exposure.include=health,migrations")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            assertThat(get(port, "/actuator/migrations", null).statusCode()).isEqualTo(401);
            assertThat(get(port, "/actuator/migrations", SecuredApplication.CLERK + ":"
                    + SecuredApplication.CLERK_PASSWORD).statusCode()).isEqualTo(403);
            HttpResponse<String> operator = get(port, "/actuator/migrations", SecuredApplication.OPERATOR + ":"
                    + SecuredApplication.OPERATOR_PASSWORD);
            assertThat(operator.statusCode()).isEqualTo(200);
            assertThat(operator.body()).contains("\"currentHeads\":[\"5ec0a1c0be11\"]");
            HttpResponse<String> health = get(port, "/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }

    private static HttpResponse<String> get(int port, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
