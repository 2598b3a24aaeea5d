package dev.migrations.test.goodapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** Three revisions: a table, an index on it, and a data migration that tidies the names. */
final class GoodMigrations {

    private GoodMigrations() {
    }

    @Migration(revision = "600d0001", message = "create customers")
    public static class CreateCustomers implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createTable("customers",
                    column("id", Types.BIGINT).primaryKey(),
                    column("name", Types.varchar(100)).notNull(),
                    column("email", Types.varchar(255)));
        }
    }

    @Migration(revision = "600d0002", revises = "600d0001", message = "index customers by email")
    public static class IndexCustomerEmail implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.createIndex("ix_customers_email", "customers", "email");
        }
    }

    @Migration(revision = "600d0003", revises = "600d0002", message = "trim customer names")
    public static class TrimCustomerNames implements MigrationScript {
        @Override
        public void upgrade(Operations op) {
            op.execute("UPDATE customers SET name = TRIM(name)");
        }

        @Override
        public void downgrade(Operations op) {
            // The untrimmed names are gone; nothing to undo in the schema.
        }
    }
}
