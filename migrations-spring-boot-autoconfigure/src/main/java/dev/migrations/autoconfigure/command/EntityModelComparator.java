package dev.migrations.autoconfigure.command;

import dev.migrations.Autogenerate;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autogenerate.Rename;

import java.util.List;

/**
 * Compares the application's entity model with a migration set's database, for {@code revision --autogenerate}
 * and {@code check}. Auto-configured when the application has Hibernate ORM; an application may provide its own.
 */
public interface EntityModelComparator {

    /**
     * Whether there is an entity model to compare with this set's database; {@code check} passes over a set
     * for which there is not.
     */
    boolean appliesTo(MigrationSet set);

    /**
     * @param renames renames stated on the command line, in addition to those the entities state
     * @throws dev.migrations.error.DatabaseNotUpToDateException when the database is not at the code's heads
     * @throws dev.migrations.error.MigrationException when there is no entity model for the set, saying why
     */
    Autogenerate.Comparison compare(MigrationSet set, List<Rename> renames);
}
