package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

@Migration(revision = "30cca828e089", revises = "ff02db6d9247", message = "rename users email to email_address")
public class RenameUsersEmailToEmailAddress implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        // A rename keeps the data, the unique constraint and its name (uq_users_email).
        op.renameColumn("users", "email", "email_address");
    }
}
