package dev.migrations.autoconfigure.scenarios.edited.before;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;

/** Revision edit1 as first applied. */
@Migration(revision = "edit1", message = "create notes")
public class CreateNotes implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("notes", column("id", BIGINT).primaryKey());
    }
}
