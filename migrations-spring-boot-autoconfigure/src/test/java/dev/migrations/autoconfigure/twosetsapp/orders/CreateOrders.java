package dev.migrations.autoconfigure.twosetsapp.orders;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;

@Migration(revision = "ord1", message = "create orders")
public class CreateOrders implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("orders", column("id", BIGINT).primaryKey());
    }
}
