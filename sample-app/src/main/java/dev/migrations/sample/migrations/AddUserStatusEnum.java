package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.enumType;

/**
 * An enum type and a column of it. The values are the names of the Java enum {@code UserStatus}, as
 * SQLAlchemy stores a Python enum. The derived downgrade drops the column, then the type.
 */
@Migration(revision = "87dd3865b1b2", revises = "347ecaa3051a", message = "add status enum to users")
public class AddUserStatusEnum implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createEnumType("user_status", "PENDING", "ACTIVE", "SUSPENDED");
        op.addColumn("users", column("status", enumType("user_status")).notNull().serverDefault("'PENDING'"));
    }
}
