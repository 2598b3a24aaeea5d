package dev.migrations.autoconfigure.command.runnerapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import java.time.Clock;

import static dev.migrations.ops.Column.column;

/** Takes the application class's {@link Clock} in its constructor. */
@Migration(revision = "c10c0001", message = "create stamped notes")
public class StampedNote implements MigrationScript {

    private final Clock clock;

    public StampedNote(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable("stamped_notes", column("id", Types.BIGINT).primaryKey());
    }
}
