package dev.migrations.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The libpq connection URI of a test database, for psql and pg_dump. */
public final class PsqlUri {

    private PsqlUri() {
    }

    public static String of(TestDatabase database) {
        String jdbc = database.jdbcUrl();
        if (!jdbc.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL database: " + jdbc);
        }
        String credentials = URLEncoder.encode(database.user(), StandardCharsets.UTF_8)
                + (database.password().isEmpty() ? "" : ":" + URLEncoder.encode(database.password(), StandardCharsets.UTF_8));
        return "postgresql://" + credentials + "@" + jdbc.substring("jdbc:postgresql://".length());
    }
}
