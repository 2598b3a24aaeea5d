package dev.migrations.autoconfigure.actuate.healthapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "5a1e00000001", message = "create shelves")
public class CreateShelves implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("shelves", column("id", Types.BIGINT).primaryKey());
    }
}
