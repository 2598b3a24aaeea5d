package dev.migrations;

import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.error.MigrationException;
import dev.migrations.graph.Revision;
import dev.migrations.runtime.Checksums;
import dev.migrations.runtime.RevisionScript;

import java.util.Arrays;
import java.util.Set;

/** Turns a {@link MigrationScript} and its {@link Migration} annotation into what the runner needs. */
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
