package dev.migrations.autoconfigure.actuate.failingapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

/** Its first statement commits on its own; its second fails, leaving the revision FAILED. */
@Migration(revision = "fa1100000002", revises = "fa1100000001", message = "copy ledger", transactional = false)
public class CopyLedgerPartWay implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE ledger_copy (id BIGINT)");
        op.execute("INSERT INTO ledger_archive SELECT id FROM ledger");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE ledger_copy");
    }
}
