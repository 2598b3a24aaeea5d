package dev.migrations.autoconfigure.command.storyapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "b2000000", revises = "a1000000", message = "add nickname", branchLabels = "profile")
public class AddNickname implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("accounts", column("nickname", Types.varchar(50)));
    }
}
