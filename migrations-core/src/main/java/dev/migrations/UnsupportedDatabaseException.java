package dev.migrations;

/** The database is not one this library supports. */
public class UnsupportedDatabaseException extends MigrationException {

    public UnsupportedDatabaseException(String message) {
        super(message);
    }

    public UnsupportedDatabaseException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public UnsupportedDatabaseException(String revision, String message) {
        super(revision, message, null);
    }

    public UnsupportedDatabaseException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }
}
