package dev.migrations.autoconfigure.command;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.command.CheckFinding;

import java.util.List;

/**
 * A check that {@code migrations check} runs, for CI, in addition to its own (the database is at the code's
 * heads, and nothing drifted). Every bean of this type is run, in order, for the checked set, once the
 * database passed those: like Alembic's {@code check}, a comparison against a database that is not up to
 * date means nothing. Any finding makes the command exit 1.
 */
@FunctionalInterface
public interface MigrationsCheck {

    /** What differs, each with what resolves it; empty when nothing does. */
    List<CheckFinding> check(MigrationSet set);

    /**
     * What this check compared, a phrase each, which {@code check} prints when it passes so that a reader knows the
     * check ran: "the entity model (9 tables, 41 columns)". Asked after {@link #check}. Nothing by default.
     */
    default List<String> compared(MigrationSet set) {
        return List.of();
    }
}
