package dev.migrations.autoconfigure.actuate.endpointapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "1f3a9c0d2b4e", message = "create authors")
public class CreateAuthors implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("authors", column("id", Types.BIGINT).primaryKey(), column("name", Types.varchar(200)));
    }
}
