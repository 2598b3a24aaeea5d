package dev.migrations.autoconfigure.command.storyapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

@Migration(revision = "d4000000", revises = "c3000000", message = "index account email")
public class IndexAccountEmail implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_accounts_email", "accounts", "email");
    }
}
