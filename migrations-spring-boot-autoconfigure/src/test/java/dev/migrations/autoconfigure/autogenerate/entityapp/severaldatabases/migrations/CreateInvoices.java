package dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "inv00001", message = "create invoices")
public class CreateInvoices implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("invoices",
                column("id", Types.BIGINT).primaryKey().identity(),
                column("customer_ref", Types.varchar(40)).notNull(),
                column("amount", Types.numeric(12, 2)).notNull());
    }
}
