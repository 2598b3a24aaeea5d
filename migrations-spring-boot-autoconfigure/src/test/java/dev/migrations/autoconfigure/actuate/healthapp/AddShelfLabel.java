package dev.migrations.autoconfigure.actuate.healthapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "5a1e00000002", revises = "5a1e00000001", message = "add shelf label")
public class AddShelfLabel implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("shelves", column("label", Types.varchar(100)));
    }
}
