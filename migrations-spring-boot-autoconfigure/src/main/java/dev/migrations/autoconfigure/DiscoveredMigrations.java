package dev.migrations.autoconfigure;

import dev.migrations.MigrationScript;
import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.index.IndexedMigration;
import org.springframework.util.ClassUtils;

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
        Class<?> type = ClassUtils.resolveClassName(migration.className(), classLoader);
        if (!MigrationScript.class.isAssignableFrom(type)) {
            throw new MigrationDefinitionException(migration.revision(), "Class " + migration.className()
                    + " has @Migration but does not implement MigrationScript: add `implements MigrationScript` "
                    + "and its upgrade(Operations op) method, or remove the annotation.");
        }
        return type.asSubclass(MigrationScript.class);
    }
}
