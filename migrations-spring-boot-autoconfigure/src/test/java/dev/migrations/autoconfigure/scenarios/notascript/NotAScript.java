package dev.migrations.autoconfigure.scenarios.notascript;

import dev.migrations.Migration;

/** Annotated, but forgets to implement MigrationScript. */
@Migration(revision = "nas1", message = "not a script")
public class NotAScript {
}
