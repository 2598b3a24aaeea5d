package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.AlterColumn;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Types.INTEGER;
import static dev.migrations.ops.Types.varchar;

/**
 * A type change that needs a conversion: text to number, with blanks becoming NULL. The downgrade is derived
 * from {@code existingType}: a number converts back to text without help.
 */
@Migration(revision = "44f55c7175f1", revises = "30cca828e089", message = "change user_preferences daily_trade_limit to integer")
public class ChangeDailyTradeLimitToInteger implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.alterColumn(AlterColumn.of("user_preferences", "daily_trade_limit")
                .type(INTEGER)
                .using("CAST(NULLIF(TRIM(daily_trade_limit), '') AS INTEGER)")
                .existingType(varchar(20)));
    }
}
