package dev.migrations.autoconfigure.scenarios.branched;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;

@Migration(revision = "br1", revises = "br0", message = "create left")
public class LeftBranch implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("left_side", column("id", BIGINT).primaryKey());
    }
}
