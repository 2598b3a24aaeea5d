package dev.migrations.autoconfigure.scenarios.linear;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.varchar;

@Migration(revision = "lin1", message = "create items")
public class CreateItems implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("items", column("id", BIGINT).primaryKey(), column("name", varchar(100)).notNull());
    }
}
