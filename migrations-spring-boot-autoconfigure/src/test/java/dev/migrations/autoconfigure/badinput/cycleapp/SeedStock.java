package dev.migrations.autoconfigure.badinput.cycleapp;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** Takes the service in its constructor, as a data migration written against the application's services would. */
@Migration(revision = "cyc00001", message = "seed stock")
public class SeedStock implements MigrationScript {

    private final Inventory inventory;

    public SeedStock(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable("stock", column("items", Types.INTEGER));
        op.execute("INSERT INTO stock VALUES (" + inventory.items() + ")");
    }
}
