package dev.migrations.autoconfigure.actuate.endpointapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "1f3a77b0c5d1", revises = "1f3a9c0d2b4e", message = "create books")
public class CreateBooks implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("books", column("id", Types.BIGINT).primaryKey(),
                column("author_id", Types.BIGINT).notNull().references("authors", "id"));
    }
}
