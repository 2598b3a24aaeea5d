package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.enumType;

/**
 * An enum type and a column of it. The values are the names of the Java enum {@code UserStatus}, as
 * SQLAlchemy stores a Python enum. The column's type carries the values too, as SQLAlchemy's
 * {@code Enum(..., name="user_status")} does: PostgreSQL and H2 use the named type, MariaDB and MySQL, which
 * have no named types, an {@code ENUM(...)} column (there {@code createEnumType} has nothing to create). The
 * derived downgrade drops the column, then the type.
 */
@Migration(revision = "87dd3865b1b2", revises = "347ecaa3051a", message = "add status enum to users")
public class AddUserStatusEnum implements MigrationScript {

    private static final String[] STATUSES = {"PENDING", "ACTIVE", "SUSPENDED"};

    @Override
    public void upgrade(Operations op) {
        op.createEnumType("user_status", STATUSES);
        op.addColumn("users", column("status", enumType("user_status", STATUSES)).notNull().serverDefault("'PENDING'"));
    }
}
