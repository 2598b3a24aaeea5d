package dev.migrations.autoconfigure.command.storyapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "b2100000", revises = "a1000000", message = "create tags")
public class CreateTags implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("tags", column("id", Types.INTEGER).primaryKey(), column("name", Types.varchar(30)).notNull());
    }
}
