package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BOOLEAN;

@Migration(revision = "c7647e19db9b", revises = "41171abea8f5", message = "add email_verified to users")
public class AddEmailVerifiedToUsers implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        // NOT NULL on a table that already has rows needs a server default to fill them.
        op.addColumn("users", column("email_verified", BOOLEAN).notNull().serverDefault("FALSE"));
    }
}
