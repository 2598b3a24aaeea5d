package dev.migrations;

/** The database could not be reached or queried outside any revision. */
public class DatabaseAccessException extends MigrationException {

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
}
