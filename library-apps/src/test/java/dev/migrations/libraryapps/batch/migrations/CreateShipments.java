package dev.migrations.libraryapps.batch.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.varchar;

@Migration(revision = "54a1b0c0ffee", message = "create shipments")
public class CreateShipments implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("shipments",
                column("id", BIGINT).primaryKey().identity(),
                column("reference", varchar(255)));
    }
}
