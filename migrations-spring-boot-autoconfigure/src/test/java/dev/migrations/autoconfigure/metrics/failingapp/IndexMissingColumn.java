package dev.migrations.autoconfigure.metrics.failingapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

/** Fails: the column it indexes does not exist. Its transaction is rolled back. */
@Migration(revision = "1dc000000002", revises = "1dc000000001", message = "index missing column")
public class IndexMissingColumn implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_invoices_due", "invoices", "due_on");
    }
}
