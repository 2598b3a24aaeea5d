package dev.migrations.autoconfigure.scenarios.derived;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;

/** JDBC work in the upgrade and no downgrade: the downgrade cannot be derived from it. */
@Migration(revision = "der1", message = "seed without downgrade")
public class SeedWithoutDowngrade implements MigrationScript {

    private final JdbcTemplate jdbc;

    public SeedWithoutDowngrade(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable("seeds", column("id", BIGINT).primaryKey());
        jdbc.update("INSERT INTO seeds (id) VALUES (1)");
    }
}
