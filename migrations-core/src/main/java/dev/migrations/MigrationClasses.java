package dev.migrations;

import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.index.IndexedMigration;

/** Loads the class of a migration known by its declaration, when its revision must run or be verified. */
public final class MigrationClasses {

    private MigrationClasses() {
    }

    /**
     * The class {@code entry} names, checked to be a {@link MigrationScript}; not initialized.
     *
     * @throws MigrationDefinitionException naming the revision when the class is gone (a stale index) or is no
     *         {@code MigrationScript}
     */
    public static Class<? extends MigrationScript> load(ClassLoader loader, IndexedMigration entry) {
        Class<?> type;
        try {
            type = Class.forName(entry.className(), false, loader);
        } catch (ClassNotFoundException e) {
            throw new MigrationDefinitionException(entry.revision(), "The migration index lists "
                    + entry.className() + " for revision " + entry.revision() + ", but the class is not on the "
                    + "class path: the index is older than the classes. Rebuild the module that holds it.", e);
        }
        if (!MigrationScript.class.isAssignableFrom(type)) {
            throw new MigrationDefinitionException(entry.revision(), "Class " + type.getName() + " has "
                    + "@Migration but does not implement MigrationScript: add `implements MigrationScript` and its "
                    + "upgrade(Operations op) method, or remove the annotation.");
        }
        return type.asSubclass(MigrationScript.class);
    }
}
