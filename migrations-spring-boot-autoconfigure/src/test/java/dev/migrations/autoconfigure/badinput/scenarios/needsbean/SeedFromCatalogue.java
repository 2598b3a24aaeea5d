package dev.migrations.autoconfigure.badinput.scenarios.needsbean;

import dev.migrations.Migration;
import dev.migrations.MigrationScript;
import dev.migrations.ops.Operations;
import dev.migrations.ops.Types;

import static dev.migrations.ops.Column.column;

/** Takes a bean in its constructor that the application never declares. */
@Migration(revision = "nbn00001", message = "seed from the catalogue")
public class SeedFromCatalogue implements MigrationScript {

    private final Catalogue catalogue;

    public SeedFromCatalogue(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void upgrade(Operations op) {
        op.createTable("catalogue_items", column("id", Types.BIGINT).primaryKey());
        op.execute("INSERT INTO catalogue_items VALUES (" + catalogue.size() + ")");
    }

    /** A service of the application, absent from the context. */
    public interface Catalogue {
        int size();
    }
}
