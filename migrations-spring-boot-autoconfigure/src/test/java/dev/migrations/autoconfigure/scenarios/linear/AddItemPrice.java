package dev.migrations.autoconfigure.scenarios.linear;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.numeric;

@Migration(revision = "lin2", revises = "lin1", message = "add item price")
public class AddItemPrice implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("items", column("price", numeric(10, 2)));
    }
}
