package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.ColumnReference.to;
import static dev.migrations.ops.ReferentialAction.CASCADE;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.TEXT;
import static dev.migrations.ops.Types.TIMESTAMPTZ;

/**
 * One side of a branch: written on a feature branch at the same time as {@link AddUsersCreatedAtIndex}, both
 * revising the enum revision. {@link MergeHeads} joins them again.
 */
@Migration(revision = "8954db9ec6a3", revises = "87dd3865b1b2", message = "add notes table", branchLabels = "notes")
public class AddNotesTable implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("notes",
                column("id", BIGINT).primaryKey().identity(),
                column("user_id", BIGINT).notNull().references(to("users", "id").onDelete(CASCADE)),
                column("body", TEXT).notNull(),
                column("created_at", TIMESTAMPTZ).notNull().serverDefault("CURRENT_TIMESTAMP"));
        op.createIndex("idx_notes_user_id", "notes", "user_id");
    }
}
