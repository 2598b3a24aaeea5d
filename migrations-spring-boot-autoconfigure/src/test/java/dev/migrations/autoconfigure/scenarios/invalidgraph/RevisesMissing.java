package dev.migrations.autoconfigure.scenarios.invalidgraph;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

@Migration(revision = "inv1", revises = "nowhere", message = "revises a revision nobody defines")
public class RevisesMissing implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.execute("SELECT 1");
    }
}
