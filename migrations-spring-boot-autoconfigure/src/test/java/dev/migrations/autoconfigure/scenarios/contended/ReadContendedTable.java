package dev.migrations.autoconfigure.scenarios.contended;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

/** Reads a table the test locks from another connection, so that the statement waits. */
@Migration(revision = "con1", message = "read contended table")
public class ReadContendedTable implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.execute("SELECT count(*) FROM contended");
    }

    @Override
    public void downgrade(Operations op) {
    }
}
