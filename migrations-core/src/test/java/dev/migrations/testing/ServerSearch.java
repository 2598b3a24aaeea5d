package dev.migrations.testing;

import org.testcontainers.DockerClientFactory;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How every test server is found, in this order: the server an environment variable names; the local server;
 * a Testcontainers container when Docker is available. When none answers, the tests fail with what was tried and
 * how to provide one: never skipped.
 */
final class ServerSearch {

    /** A server the tests could use. */
    interface Candidate {
        /** Why the server cannot be used, or null when it answers. */
        String problem();
    }

    private ServerSearch() {
    }

    /**
     * @param product the database, for messages
     * @param urlVariable the environment variable holding a JDBC URL
     * @param fromUrl the server that URL names
     * @param local the local server
     * @param localDescription where the local server was looked for, for the message
     * @param container starts a container and returns its server
     * @param howToProvide what a user can do, for the message
     */
    static <S extends Candidate> S find(String product, String urlVariable, Function<String, S> fromUrl, S local,
                                        String localDescription, Supplier<S> container, String howToProvide) {
        String url = System.getenv(urlVariable);
        if (url != null && !url.isBlank()) {
            S server = fromUrl.apply(url);
            String problem = server.problem();
            if (problem != null) {
                throw new IllegalStateException("The " + product + " server from " + urlVariable + "=" + url
                        + " cannot be reached: " + problem);
            }
            return server;
        }
        String localProblem = local.problem();
        if (localProblem == null) {
            return local;
        }
        String dockerProblem;
        try {
            if (DockerClientFactory.instance().isDockerAvailable()) {
                return container.get();
            }
            dockerProblem = "Docker is not available";
        } catch (RuntimeException e) {
            dockerProblem = "Testcontainers could not start " + product + ": " + e.getMessage();
        }
        throw new IllegalStateException("No " + product + " server for the tests. Tried: " + urlVariable
                + " (not set); " + localDescription + " (" + localProblem + "); Testcontainers (" + dockerProblem
                + "). Provide one: " + howToProvide);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
