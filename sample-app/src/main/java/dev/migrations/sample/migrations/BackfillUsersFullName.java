package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.BatchedUpdate;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.varchar;

/**
 * A data migration: fills the new {@code full_name} from the first and last names, a thousand rows at a
 * time, paged by id (never by OFFSET), with progress logged. It runs in the revision's transaction, so the
 * column and its values appear together or not at all (on MariaDB and MySQL, whose DDL commits, a failure leaves
 * the revision FAILED until {@code repair}). {@code CONCAT} rather than {@code ||}, which is OR on MariaDB and
 * MySQL: one SQL for every database.
 */
@Migration(revision = "ff02db6d9247", revises = "c7647e19db9b", message = "backfill users full_name")
public class BackfillUsersFullName implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("full_name", varchar(201)));
        op.batchedUpdate(BatchedUpdate.of("users",
                        "full_name = TRIM(CONCAT(COALESCE(first_name, ''), ' ', COALESCE(last_name, '')))")
                .where("full_name IS NULL")
                .batchSize(1000));
    }

    /** Written out: the values the update wrote cannot be reversed, but they go away with the column. */
    @Override
    public void downgrade(Operations op) {
        op.dropColumn("users", "full_name");
    }
}
