package dev.migrations.autoconfigure.tenantregistry;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** The shared set's one revision: the tenant registry, with two tenants signed up. */
@Migration(revision = "5ea4ed000001", message = "create tenant registry")
public class CreateTenantRegistry implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("tenant_registry", column("name", Types.varchar(63)).primaryKey());
        op.execute("INSERT INTO tenant_registry (name) VALUES ('acme'), ('globex')");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("tenant_registry");
    }
}
