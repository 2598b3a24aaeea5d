package dev.migrations.autoconfigure.twosetsapp.audit;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.TEXT;

@Migration(revision = "aev1", message = "create audit events")
public class CreateAuditEvents implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("audit_events", column("id", BIGINT).primaryKey(), column("what", TEXT));
    }
}
