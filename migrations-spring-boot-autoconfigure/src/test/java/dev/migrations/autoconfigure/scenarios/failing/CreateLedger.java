package dev.migrations.autoconfigure.scenarios.failing;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;

@Migration(revision = "fail1", message = "create ledger")
public class CreateLedger implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("ledger", column("id", BIGINT).primaryKey());
    }
}
