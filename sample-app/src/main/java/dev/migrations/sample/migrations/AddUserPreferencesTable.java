package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.ColumnReference.to;
import static dev.migrations.ops.ReferentialAction.CASCADE;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.BOOLEAN;
import static dev.migrations.ops.Types.TIMESTAMPTZ;
import static dev.migrations.ops.Types.varchar;

@Migration(revision = "41171abea8f5", revises = "1c1c0a18f115", message = "add user_preferences table")
public class AddUserPreferencesTable implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("user_preferences",
                column("id", BIGINT).primaryKey().identity(),
                // Preferences go with their user: deleting the user deletes them.
                column("user_id", BIGINT).notNull().references(to("users", "id").onDelete(CASCADE)),
                column("theme", varchar(50)),
                column("notifications_enabled", BOOLEAN).notNull().serverDefault("TRUE"),
                // Typed in a free-text form field, hence text; a later revision makes it a number.
                column("daily_trade_limit", varchar(20)),
                column("created_at", TIMESTAMPTZ).notNull().serverDefault("CURRENT_TIMESTAMP"));
        // PostgreSQL does not index the referencing side of a foreign key by itself.
        op.createIndex("idx_user_preferences_user_id", "user_preferences", "user_id");
    }
}
