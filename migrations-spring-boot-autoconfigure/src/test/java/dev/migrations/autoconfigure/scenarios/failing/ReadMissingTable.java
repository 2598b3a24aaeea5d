package dev.migrations.autoconfigure.scenarios.failing;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

@Migration(revision = "fail2", revises = "fail1", message = "read a missing table")
public class ReadMissingTable implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO no_such_table (id) VALUES (1)");
    }

    @Override
    public void downgrade(Operations op) {
    }
}
