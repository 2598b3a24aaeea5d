package dev.migrations.autoconfigure.scenarios.edited.after;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.TEXT;

/** Revision edit1 edited after it was applied: it now also creates a column. */
@Migration(revision = "edit1", message = "create notes")
public class CreateNotes implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("notes", column("id", BIGINT).primaryKey(), column("body", TEXT));
    }
}
