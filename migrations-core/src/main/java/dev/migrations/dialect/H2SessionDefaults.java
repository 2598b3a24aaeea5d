package dev.migrations.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The timeouts an H2 session starts with, to return to after a migration changed them. H2 cannot reset a
 * setting to its default, so the values are read when the dialect is detected: a URL such as
 * {@code ;LOCK_TIMEOUT=10000} is then kept.
 */
public record H2SessionDefaults(Duration lockTimeout, Duration queryTimeout) {

    /** H2's own defaults: two seconds to wait for a lock, no query timeout. */
    public static final H2SessionDefaults BUILT_IN = new H2SessionDefaults(Duration.ofSeconds(2), Duration.ZERO);

    static H2SessionDefaults read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT LOCK_TIMEOUT(), (SELECT CAST(SETTING_VALUE AS INT)"
                     + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT')")) {
            result.next();
            return new H2SessionDefaults(Duration.ofMillis(result.getInt(1)), Duration.ofMillis(result.getInt(2)));
        }
    }
}
