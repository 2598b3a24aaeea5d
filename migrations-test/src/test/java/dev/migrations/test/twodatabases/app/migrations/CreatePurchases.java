package dev.migrations.test.twodatabases.app.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "pur00001", message = "create purchases")
public class CreatePurchases implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("purchases",
                column("id", Types.BIGINT).primaryKey(),
                column("total", Types.numeric(10, 2)).notNull());
    }
}
