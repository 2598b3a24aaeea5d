package dev.migrations.autoconfigure.actuate.twosetsapp.audit;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "a0d100000002", revises = "a0d100000001", message = "add audit actor")
public class AddAuditActor implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("audit_log", column("actor", Types.varchar(100)));
    }
}
