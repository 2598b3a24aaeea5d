package dev.migrations.autoconfigure;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/**
 * The JDBC accessors a migration may take in its constructor. Each one it gets works on the connection of the
 * revision that is running ({@link RunningRevision}), not on the application's beans of the same type.
 */
final class RevisionJdbcAccessors {

    private static final Set<Class<?>> TYPES = Set.of(JdbcTemplate.class, JdbcOperations.class,
            NamedParameterJdbcTemplate.class, NamedParameterJdbcOperations.class, JdbcClient.class);

    private final RunningRevision runningRevision;

    RevisionJdbcAccessors(RunningRevision runningRevision) {
        this.runningRevision = runningRevision;
    }

    static boolean isAccessor(Class<?> type) {
        return TYPES.contains(type);
    }

    Object create(Class<?> type) {
        JdbcTemplate jdbcTemplate = new JdbcTemplate(runningRevision.dataSource(), true);
        if (type == JdbcTemplate.class || type == JdbcOperations.class) {
            return jdbcTemplate;
        }
        if (type == JdbcClient.class) {
            return JdbcClient.create(jdbcTemplate);
        }
        if (type == NamedParameterJdbcTemplate.class || type == NamedParameterJdbcOperations.class) {
            return new NamedParameterJdbcTemplate(jdbcTemplate);
        }
        throw new IllegalArgumentException(type.getName() + " is no JDBC accessor a migration can take");
    }
}
