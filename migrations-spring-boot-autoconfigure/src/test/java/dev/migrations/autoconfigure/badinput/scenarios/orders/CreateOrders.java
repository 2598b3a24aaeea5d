package dev.migrations.autoconfigure.badinput.scenarios.orders;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** A good migration: what a refused start must not apply. */
@Migration(revision = "ord00001", message = "create orders")
public class CreateOrders implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("orders", column("id", Types.BIGINT).primaryKey());
    }
}
