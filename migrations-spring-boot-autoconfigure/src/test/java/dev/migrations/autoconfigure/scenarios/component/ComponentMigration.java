package dev.migrations.autoconfigure.scenarios.component;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import org.springframework.stereotype.Component;

import static dev.migrations.ops.Column.column;
import static dev.migrations.ops.Types.BIGINT;

/** Declared a bean by the application's own component scan, and found by migration discovery too. */
@Component
@Migration(revision = "cmp1", message = "create widgets")
public class ComponentMigration implements MigrationScript {

    @Override
    public void upgrade(Operations op) {
        op.createTable("widgets", column("id", BIGINT).primaryKey());
    }
}
