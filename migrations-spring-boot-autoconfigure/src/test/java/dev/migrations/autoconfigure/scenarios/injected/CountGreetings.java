package dev.migrations.autoconfigure.scenarios.injected;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Copies the number of greetings into a second row, through an injected JdbcClient. */
@Migration(revision = "inj2", revises = "inj1", message = "count greetings")
public class CountGreetings implements MigrationScript {

    private final JdbcClient jdbc;

    public CountGreetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void upgrade(Operations op) {
        long count = jdbc.sql("SELECT count(*) FROM greetings").query(Long.class).single();
        jdbc.sql("INSERT INTO greetings (id, text) VALUES (2, :text)").param("text", "count " + count).update();
    }

    @Override
    public void downgrade(Operations op) {
        jdbc.sql("DELETE FROM greetings WHERE id = 2").update();
    }
}
