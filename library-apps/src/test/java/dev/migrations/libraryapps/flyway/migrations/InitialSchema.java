package dev.migrations.libraryapps.flyway.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.varchar;

@Migration(revision = "f1e2d3c4b5a6", message = "initial schema")
public class InitialSchema implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("customers",
                column("id", BIGINT).primaryKey().identity(),
                column("email", varchar(200)).notNull());
    }
}
