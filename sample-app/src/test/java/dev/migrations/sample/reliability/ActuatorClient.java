package dev.migrations.sample.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** HTTP requests to an application on this machine, as an operator's tools or Kubernetes probes send them. */
final class ActuatorClient {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(int port, String path) {
        return send(port, path, "GET", null);
    }

    /** Any method; {@code body} is sent as JSON when not null. */
    HttpResponse<String> send(int port, String path, String method, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(15))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** Whether the readiness group answers 200 UP, as a Kubernetes readiness probe asks. */
    boolean isReady(int port) {
        try {
            HttpResponse<String> readiness = get(port, "/actuator/health/readiness");
            return readiness.statusCode() == 200 && readiness.body().contains("\"status\":\"UP\"");
        } catch (IllegalStateException notYet) {
            return false;
        }
    }
}
