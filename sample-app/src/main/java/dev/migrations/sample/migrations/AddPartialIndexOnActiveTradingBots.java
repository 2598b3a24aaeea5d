package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.CreateIndex;
import dev.migrations.ops.Database;
import dev.migrations.ops.Operations;

/**
 * The scheduler scans active bots, oldest first. Inactive bots pile up over time, and a partial index leaves
 * them out. MariaDB and MySQL have no partial indexes and refuse one, so the revision asks which database it
 * runs on and gives them the full index, which answers the same queries; H2 makes the same choice by itself.
 * The checksum covers both branches, so it is the same on every database.
 */
@Migration(revision = "347ecaa3051a", revises = "2d524c15d745", message = "add partial index on active trading bots")
public class AddPartialIndexOnActiveTradingBots implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        CreateIndex byAge = CreateIndex.of("ix_trading_bots_active_created_at", "trading_bots", "created_at");
        boolean partialIndexes = op.database() != Database.MARIADB && op.database() != Database.MYSQL;
        op.createIndex(partialIndexes ? byAge.where("is_active") : byAge);
    }
}
