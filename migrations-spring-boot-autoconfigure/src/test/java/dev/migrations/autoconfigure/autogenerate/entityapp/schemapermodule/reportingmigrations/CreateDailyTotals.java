package dev.migrations.autoconfigure.autogenerate.entityapp.schemapermodule.reportingmigrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** In the module's schema, reporting, where the set keeps its version table; without the currency its entity maps. */
@Migration(revision = "dly00001", message = "create daily totals")
public class CreateDailyTotals implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.inSchema("reporting").createTable("daily_totals",
                column("day", Types.DATE).primaryKey(),
                column("orders", Types.BIGINT).notNull());
    }
}
