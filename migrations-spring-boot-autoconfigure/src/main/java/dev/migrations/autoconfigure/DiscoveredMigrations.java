package dev.migrations.autoconfigure;

import dev.migrations.MigrationClasses;
import dev.migrations.MigrationScript;
import dev.migrations.index.IndexedMigration;

import java.util.List;

/**
 * The {@code @Migration} classes found under every set's packages, as declarations: one bean for all of them, however
 * many there are. A class is loaded only when its revision must run or be verified.
 */
public record DiscoveredMigrations(List<IndexedMigration> migrations, ClassLoader classLoader) {

    public DiscoveredMigrations {
        migrations = List.copyOf(migrations);
    }

    /** Loads a discovered class and checks that it is a migration. */
    public Class<? extends MigrationScript> load(IndexedMigration migration) {
        return MigrationClasses.load(classLoader, migration);
    }
}
