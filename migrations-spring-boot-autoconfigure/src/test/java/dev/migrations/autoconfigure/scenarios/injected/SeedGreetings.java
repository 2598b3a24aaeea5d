package dev.migrations.autoconfigure.scenarios.injected;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.varchar;

/** Creates a table, then fills it through an injected JdbcTemplate with a value from an injected bean. */
@Migration(revision = "inj1", message = "seed greetings")
public class SeedGreetings implements MigrationScript {

    private final JdbcTemplate jdbc;
    private final Greeting greeting;

    public SeedGreetings(JdbcTemplate jdbc, Greeting greeting) {
        this.jdbc = jdbc;
        this.greeting = greeting;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable("greetings", column("id", BIGINT).primaryKey(), column("text", varchar(100)).notNull());
        // Same revision, same transaction: the table created just above is visible here.
        jdbc.update("INSERT INTO greetings (id, text) VALUES (?, ?)", 1, greeting.text());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("greetings");
    }
}
