package dev.migrations.runtime;

import java.sql.SQLException;

/** A statement of a revision failed; carries the statement so the error can name it. */
final class StatementFailure extends RuntimeException {

    private final String statement;

    StatementFailure(String statement, SQLException cause) {
        super(cause.getMessage(), cause);
        this.statement = statement;
    }

    String statement() {
        return statement;
    }
}
