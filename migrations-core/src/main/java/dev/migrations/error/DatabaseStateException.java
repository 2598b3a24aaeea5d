package dev.migrations.error;

/**
 * The database and the code disagree in a way that must be settled before migrating: a revision edited since
 * it was applied, one the code does not have, one left part-way, or a database that is not up to date.
 */
public non-sealed class DatabaseStateException extends MigrationException {

    public DatabaseStateException(String message) {
        super(message);
    }

    public DatabaseStateException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public DatabaseStateException(String revision, String message) {
        super(revision, message, null);
    }

    public DatabaseStateException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Settle what the message names; `migrations history` shows the state of every revision.";
    }
}
