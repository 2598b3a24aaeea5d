package dev.migrations.autoconfigure.autogenerate.entityapp.audited;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

/** The migration of {@code current}: nothing of the audit schema. */
@Migration(revision = "e1000000", message = "create accounts and orders")
public class CreateAccountsAndOrders implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        new dev.migrations.autoconfigure.autogenerate.entityapp.current.CreateAccountsAndOrders().upgrade(op);
    }
}
