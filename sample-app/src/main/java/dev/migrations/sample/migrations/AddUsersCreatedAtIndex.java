package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

/** The other side of the branch that {@link AddNotesTable} starts: sign-up reports filter users by date. */
@Migration(revision = "2839fc312f95", revises = "87dd3865b1b2", message = "add index on users created_at",
        branchLabels = "reporting")
public class AddUsersCreatedAtIndex implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("ix_users_created_at", "users", "created_at");
    }
}
