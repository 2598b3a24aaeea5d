package dev.migrations.autoconfigure.command.forkedapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "f2b00000", revises = "f1000000", message = "add item name")
public class AddItemName implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("items", column("name", Types.varchar(100)));
    }
}
