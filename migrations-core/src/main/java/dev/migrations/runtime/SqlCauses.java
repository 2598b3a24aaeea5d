package dev.migrations.runtime;

import java.sql.SQLException;
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
}
