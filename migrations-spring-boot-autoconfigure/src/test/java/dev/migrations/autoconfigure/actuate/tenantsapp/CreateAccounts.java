package dev.migrations.autoconfigure.actuate.tenantsapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "7e0a00000001", message = "create accounts")
public class CreateAccounts implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("accounts", column("id", Types.BIGINT).primaryKey(), column("email", Types.varchar(200)));
        op.createIndex("ix_accounts_email", "accounts", "email");
    }
}
