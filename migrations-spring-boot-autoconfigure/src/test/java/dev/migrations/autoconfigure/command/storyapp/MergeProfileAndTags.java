package dev.migrations.autoconfigure.command.storyapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;

@Migration(revision = "c3000000", revises = {"b2000000", "b2100000"}, message = "merge profile and tags")
public class MergeProfileAndTags implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        // joins the branches; changes nothing
    }
}
