package dev.migrations.autoconfigure.badinput.scenarios.audit;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** The migration of a second set. */
@Migration(revision = "aud00001", message = "create audit trail")
public class CreateAuditTrail implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("audit_trail", column("id", Types.BIGINT).primaryKey());
    }
}
