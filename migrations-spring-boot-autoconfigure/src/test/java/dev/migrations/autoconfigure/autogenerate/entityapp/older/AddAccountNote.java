package dev.migrations.autoconfigure.autogenerate.entityapp.older;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "e2000000", revises = "e1000000", message = "add account note")
public class AddAccountNote implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("account", column("note", Types.TEXT));
    }
}
