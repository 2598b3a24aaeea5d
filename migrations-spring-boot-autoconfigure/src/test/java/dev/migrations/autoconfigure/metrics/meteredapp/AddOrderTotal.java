package dev.migrations.autoconfigure.metrics.meteredapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "0d3e00000002", revises = "0d3e00000001", message = "add order total")
public class AddOrderTotal implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("orders", column("total", Types.BIGINT));
    }
}
