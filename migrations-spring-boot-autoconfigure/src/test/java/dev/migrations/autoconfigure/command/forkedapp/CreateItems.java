package dev.migrations.autoconfigure.command.forkedapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "f1000000", message = "create items")
public class CreateItems implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("items", column("id", Types.BIGINT).primaryKey());
    }
}
