package dev.migrations.autoconfigure.scenarios.finaljdbc;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import org.springframework.jdbc.core.JdbcTemplate;

/** Takes a JdbcTemplate, but is final: it cannot be subclassed to bind the template to its revision. */
@Migration(revision = "fin1", message = "final with jdbc template")
public final class FinalWithJdbcTemplate implements MigrationScript {

    private final JdbcTemplate jdbc;

    public FinalWithJdbcTemplate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void upgrade(Operations op) {
        jdbc.execute("SELECT 1");
    }
}
