package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.ColumnReference.to;
import static dev.migrations.ops.ReferentialAction.CASCADE;
import static dev.migrations.ops.ReferentialAction.SET_NULL;
import static dev.migrations.ops.Types.BIGINT;
import static dev.migrations.ops.Types.BOOLEAN;
import static dev.migrations.ops.Types.TIMESTAMPTZ;
import static dev.migrations.ops.Types.numeric;
import static dev.migrations.ops.Types.varchar;

@Migration(revision = "2d524c15d745", revises = "44f55c7175f1", message = "add trading_bots and trades tables")
public class AddTradingBotsAndTradesTables implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("trading_bots",
                column("id", BIGINT).primaryKey().identity(),
                column("user_id", BIGINT).notNull().references(to("users", "id").onDelete(CASCADE)),
                column("name", varchar(100)).notNull(),
                column("strategy", varchar(50)).notNull(),
                column("is_active", BOOLEAN).notNull().serverDefault("TRUE"),
                column("created_at", TIMESTAMPTZ).notNull().serverDefault("CURRENT_TIMESTAMP"));
        op.createIndex("idx_trading_bots_user_id", "trading_bots", "user_id");

        op.createTable("trades",
                column("id", BIGINT).primaryKey().identity(),
                column("user_id", BIGINT).notNull().references(to("users", "id").onDelete(CASCADE)),
                // A trade outlives the bot that placed it: the history stays, without its bot.
                column("bot_id", BIGINT).references(to("trading_bots", "id").onDelete(SET_NULL)),
                column("symbol", varchar(20)).notNull(),
                column("side", varchar(4)).notNull(),
                column("quantity", numeric(18, 8)).notNull().check("quantity > 0"),
                column("price", numeric(18, 8)).notNull().check("price > 0"),
                column("created_at", TIMESTAMPTZ).notNull().serverDefault("CURRENT_TIMESTAMP"));
        op.createIndex("idx_trades_bot_id", "trades", "bot_id");
        op.createIndex("idx_trades_created_at", "trades", "created_at");
        // "A user's trades, newest first": the composite also serves lookups by user_id alone (its leading
        // column), so no separate user_id index is needed.
        op.createIndex("idx_trades_user_created", "trades", "user_id", "created_at");
    }
}
