package dev.migrations.autoconfigure.actuate.failingapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "fa1100000001", message = "create ledger")
public class CreateLedger implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("ledger", column("id", Types.BIGINT).primaryKey());
    }
}
