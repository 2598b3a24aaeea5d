package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.Operations;

/**
 * The scheduler scans active bots, oldest first. Inactive bots pile up over time, and a partial index leaves
 * them out. H2 has no partial indexes: there this becomes a full index, which answers the same queries.
 */
@Migration(revision = "347ecaa3051a", revises = "2d524c15d745", message = "add partial index on active trading bots")
public class AddPartialIndexOnActiveTradingBots implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createIndex(CreateIndex.of("ix_trading_bots_active_created_at", "trading_bots", "created_at")
                .where("is_active"));
    }
}
