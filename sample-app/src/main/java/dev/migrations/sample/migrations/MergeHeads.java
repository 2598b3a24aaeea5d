package dev.migrations.sample.migrations;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

/**
 * Joins the two heads again, as {@code alembic merge -m "merge heads"} writes it: the branches changed
 * different things, so there is nothing to do but record that both are in.
 */
@Migration(revision = "e7f6ada0098e", revises = {"8954db9ec6a3", "2839fc312f95"}, message = "merge heads")
public class MergeHeads implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        // Nothing to change: the merge point only joins the graph.
    }
}
