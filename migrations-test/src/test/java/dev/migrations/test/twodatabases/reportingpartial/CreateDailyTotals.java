package dev.migrations.test.twodatabases.reportingpartial;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** Creates every column the entity maps, but for the currency. */
@Migration(revision = "dly00001", message = "create daily totals")
public class CreateDailyTotals implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("daily_totals",
                column("day", Types.DATE).primaryKey(),
                column("total", Types.numeric(12, 2)).notNull());
    }
}
