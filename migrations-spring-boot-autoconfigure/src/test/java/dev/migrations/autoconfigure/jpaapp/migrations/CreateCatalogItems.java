package dev.migrations.autoconfigure.jpaapp.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.varchar;

@Migration(revision = "jpa1", message = "create catalog items")
public class CreateCatalogItems implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("catalog_items",
                column("id", BIGINT).primaryKey(),
                column("name", varchar(100)).notNull());
    }
}
