package dev.migrations.autoconfigure.autogenerate.entityapp.schemapermodule.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "cus00001", message = "create customers")
public class CreateCustomers implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("customers",
                column("id", Types.BIGINT).primaryKey(),
                column("name", Types.varchar(100)).notNull());
    }
}
