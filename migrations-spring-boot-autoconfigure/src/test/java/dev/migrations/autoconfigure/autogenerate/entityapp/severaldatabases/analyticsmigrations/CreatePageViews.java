package dev.migrations.autoconfigure.autogenerate.entityapp.severaldatabases.analyticsmigrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "pv000001", message = "create page views")
public class CreatePageViews implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("page_views",
                column("id", Types.BIGINT).primaryKey().identity(),
                column("path", Types.varchar(200)).notNull());
    }
}
