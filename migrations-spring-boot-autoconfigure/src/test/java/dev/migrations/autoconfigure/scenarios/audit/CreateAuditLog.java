package dev.migrations.autoconfigure.scenarios.audit;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.TEXT;

@Migration(revision = "aud1", message = "create audit log")
public class CreateAuditLog implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("audit_log", column("id", BIGINT).primaryKey(), column("entry", TEXT));
    }
}
