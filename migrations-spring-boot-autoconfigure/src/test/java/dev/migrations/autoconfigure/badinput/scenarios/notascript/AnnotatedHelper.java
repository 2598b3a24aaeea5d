package dev.migrations.autoconfigure.badinput.scenarios.notascript;

import dev.migrations.Migration;

/** Annotated as a migration, but it is none: it does not implement MigrationScript. */
@Migration(revision = "nas00001", message = "annotated helper")
public class AnnotatedHelper {

    public String tableName() {
        return "helpers";
    }
}
