package dev.migrations.autoconfigure.metrics.failingapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "1dc000000001", message = "create invoices")
public class CreateInvoices implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("invoices", column("id", Types.BIGINT).primaryKey());
    }
}
