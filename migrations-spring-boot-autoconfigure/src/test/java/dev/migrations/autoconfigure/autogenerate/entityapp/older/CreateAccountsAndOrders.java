package dev.migrations.autoconfigure.autogenerate.entityapp.older;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.ColumnReference;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "e1000000", message = "create accounts and orders")
public class CreateAccountsAndOrders implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("account",
                column("id", Types.BIGINT).primaryKey().identity(),
                column("email", Types.varchar(200)).notNull().unique(),
                column("name", Types.varchar(100)));
        op.createTable("customer_order",
                column("id", Types.BIGINT).primaryKey().identity(),
                column("account_id", Types.BIGINT).notNull().references(ColumnReference.to("account", "id")),
                column("total", Types.numeric(12, 2)).notNull());
    }
}
