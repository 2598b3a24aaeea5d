package dev.migrations.autoconfigure.actuate.tenantsapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

@Migration(revision = "7e0a00000002", revises = "7e0a00000001", message = "add plan")
public class AddPlan implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("accounts", column("plan", Types.varchar(20)).serverDefault("'free'"));
    }
}
