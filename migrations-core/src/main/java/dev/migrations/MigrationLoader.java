package dev.migrations;

import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.error.MigrationException;
import dev.migrations.graph.Revision;
import dev.migrations.index.IndexedMigration;
import dev.migrations.runtime.Checksums;
import dev.migrations.runtime.RevisionScript;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a {@link MigrationScript} and its {@link Migration} annotation into what the runner needs: at once for an
 * instance, or, for a class the build-time index lists, from its index entry, the class being loaded and
 * instantiated only when the revision must run or be verified.
 */
final class MigrationLoader {

    private MigrationLoader() {
    }

    static RevisionScript load(MigrationScript script) {
        Class<?> type = script.getClass();
        Migration migration = annotationOf(type);
        String id = migration.revision();
        String where = "revision " + id + " (" + type.getName() + ")";
        Revision revision = new Revision(id, Arrays.asList(migration.revises()), Arrays.asList(migration.dependsOn()),
                Set.copyOf(Arrays.asList(migration.branchLabels())), migration.message());
        return new RevisionScript(revision, script::upgrade, script::downgrade, migration.transactional(),
                DurationText.parse(migration.lockTimeout(), "The lockTimeout of " + where),
                DurationText.parse(migration.statementTimeout(), "The statementTimeout of " + where),
                checksum(script, id, where));
    }

    /**
     * A revision known from its index entry. {@code create} makes the instance when the code is first needed; the
     * instance must be the class the entry names, with the same revision, or the index is stale.
     */
    static RevisionScript defer(IndexedMigration entry, Supplier<? extends MigrationScript> create) {
        String id = entry.revision();
        String where = "revision " + id + " (" + entry.className() + ")";
        Revision revision = new Revision(id, entry.revises(), entry.dependsOn(), Set.copyOf(entry.branchLabels()),
                entry.message());
        return new RevisionScript(revision, entry.transactional(),
                DurationText.parse(entry.lockTimeout(), "The lockTimeout of " + where),
                DurationText.parse(entry.statementTimeout(), "The statementTimeout of " + where),
                entry.sourceFingerprint(), () -> {
                    MigrationScript script = create.get();
                    String loaded = annotationOf(script.getClass()).revision();
                    if (!loaded.equals(id)) {
                        throw new MigrationDefinitionException(id, "The migration index lists " + entry.className()
                                + " as revision " + id + ", but the class now says revision " + loaded + ": the "
                                + "index is older than the class. Rebuild the module that holds it.");
                    }
                    return new RevisionScript.Body(script::upgrade, script::downgrade, checksum(script, id, where));
                });
    }

    /** The checksum replays upgrade() against a recorder: code that fails there must say which revision it is. */
    private static String checksum(MigrationScript script, String id, String where) {
        try {
            return Checksums.of(script::upgrade);
        } catch (MigrationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new MigrationDefinitionException(id, "The upgrade() of " + where + " is invalid: " + e.getMessage()
                    + " (found while its checksum was computed, when the migrations are loaded). Fix the operation "
                    + "it names.", e);
        } catch (RuntimeException e) {
            throw new MigrationDefinitionException(id, "The upgrade() of " + where + " failed while its "
                    + "checksum was computed (upgrade() is replayed against a recorder, without a database, when the "
                    + "migrations are loaded): " + e + ". Keep upgrade() free of work outside op, such as reading files "
                    + "or calling services, or do that work through op.connection().", e);
        }
    }

    /** The one {@code @Migration} of the class; frameworks may subclass it, so superclasses are searched too. */
    static Migration annotationOf(Class<?> type) {
        Migration found = null;
        Class<?> foundOn = null;
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Migration here = c.getDeclaredAnnotation(Migration.class);
            if (here != null && found != null) {
                throw new MigrationDefinitionException(found.revision(), "Class " + foundOn.getName()
                        + " has @Migration(revision = \"" + found.revision() + "\") and inherits another, @Migration(revision = \""
                        + here.revision() + "\") from " + c.getName() + ": a migration class is exactly one revision. "
                        + "Do not extend another migration class; share code through a plain helper class instead.");
            }
            if (here != null) {
                found = here;
                foundOn = c;
            }
        }
        if (found == null) {
            throw new MigrationDefinitionException("Class " + type.getName() + " implements MigrationScript but has no "
                    + "@Migration annotation. Add one, e.g. @Migration(revision = \"" + dev.migrations.graph.RevisionIds.generate()
                    + "\", revises = \"<previous revision>\", message = \"...\").");
        }
        return found;
    }
}
