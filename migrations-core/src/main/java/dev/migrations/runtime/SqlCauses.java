package dev.migrations.runtime;

import dev.migrations.dialect.Dialect;
import dev.migrations.error.Remedies;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Predicate;

/** Looks for the database's own reason among a failure's causes, however the driver or a migration wrapped it. */
final class SqlCauses {

    private SqlCauses() {
    }

    static boolean anyMatches(Throwable error, Predicate<SQLException> reason) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && reason.test(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What to do about a failure to reach or keep the version table whose reason the dialect can name: a right the
     * user lacks, or no schema to work in.
     */
    static Optional<String> remedy(Throwable error, Dialect dialect) {
        if (anyMatches(error, dialect::refusedForLackOfRights)) {
            return Optional.of(Remedies.lackingRights());
        }
        return anyMatches(error, dialect::refusedForWantOfASchema) ? Optional.of(Remedies.noSchema()) : Optional.empty();
    }
}
