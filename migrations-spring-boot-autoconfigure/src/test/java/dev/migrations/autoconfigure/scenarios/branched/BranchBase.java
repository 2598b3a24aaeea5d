package dev.migrations.autoconfigure.scenarios.branched;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;

@Migration(revision = "br0", message = "create accounts")
public class BranchBase implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("accounts", column("id", BIGINT).primaryKey());
    }
}
