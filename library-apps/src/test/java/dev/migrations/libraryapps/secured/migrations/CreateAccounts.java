package dev.migrations.libraryapps.secured.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.varchar;

@Migration(revision = "5ec0a1c0be11", message = "create accounts")
public class CreateAccounts implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("accounts",
                column("id", BIGINT).primaryKey().identity(),
                column("email", varchar(255)));
    }
}
