package dev.migrations.autoconfigure.twosetsapp.audit;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.TEXT;

@Migration(revision = "aev2", revises = "aev1", message = "add audit events actor")
public class AddAuditEventsActor implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("audit_events", column("actor", TEXT));
    }
}
