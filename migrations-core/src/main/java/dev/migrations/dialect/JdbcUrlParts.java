package dev.migrations.dialect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a JDBC URL a dump program needs: the first host of {@code //host:port,host2/database?params},
 * its port (null when the URL gives none), the path after the first slash, and the decoded parameters.
 */
record JdbcUrlParts(String host, String port, String path, Map<String, String> parameters) {

    /** @param afterPrefix the URL after its {@code jdbc:<driver>:} prefix */
    static JdbcUrlParts of(String afterPrefix) {
        String rest = afterPrefix;
        Map<String, String> parameters = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            rest = rest.substring(0, query);
        }
        if (!rest.startsWith("//")) {
            return new JdbcUrlParts(null, null, decode(rest.startsWith("/") ? rest.substring(1) : rest), parameters);
        }
        int slash = rest.indexOf('/', 2);
        String first = rest.substring(2, slash < 0 ? rest.length() : slash).split(",")[0];
        String path = slash < 0 ? "" : decode(rest.substring(slash + 1));
        int colon = first.lastIndexOf(':');
        boolean hasPort = colon > 0 && !first.endsWith("]");
        String host = hasPort ? first.substring(0, colon) : first;
        host = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new JdbcUrlParts(host.isEmpty() ? null : host, hasPort ? first.substring(colon + 1) : null, path,
                parameters);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
