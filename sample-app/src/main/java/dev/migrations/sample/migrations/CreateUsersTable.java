package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.TIMESTAMPTZ;
import static dev.migrations.ops.Types.varchar;

/** The first revision: a base, revising nothing. Its downgrade (drop the table) is derived. */
@Migration(revision = "1c1c0a18f115", message = "create users table")
public class CreateUsersTable implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                column("id", BIGINT).primaryKey().identity(),
                column("email", varchar(255)).notNull().unique(),
                column("first_name", varchar(100)),
                column("last_name", varchar(100)),
                // CURRENT_TIMESTAMP is PostgreSQL's now(), spelled so that H2 understands it too.
                column("created_at", TIMESTAMPTZ).notNull().serverDefault("CURRENT_TIMESTAMP"));
    }
}
