package dev.migrations.autoconfigure.actuate.twosetsapp.audit;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "a0d100000001", message = "create audit log")
public class CreateAuditLog implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("audit_log", column("id", Types.BIGINT).primaryKey());
    }
}
