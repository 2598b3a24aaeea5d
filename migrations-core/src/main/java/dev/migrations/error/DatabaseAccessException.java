package dev.migrations.error;

/** The database could not be reached or queried outside any revision. */
public non-sealed class DatabaseAccessException extends MigrationException {

    public DatabaseAccessException(String message) {
        super(message);
    }

    public DatabaseAccessException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public DatabaseAccessException(String revision, String message) {
        super(revision, message, null);
    }

    public DatabaseAccessException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Check that the database is reachable and that its user may create and read the version table.";
    }
}
