package dev.migrations;

/** A revision failed while running; the database was left at the revision before it. */
public class MigrationFailedException extends MigrationException {

    public MigrationFailedException(String message) {
        super(message);
    }

    public MigrationFailedException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public MigrationFailedException(String revision, String message) {
        super(revision, message, null);
    }

    public MigrationFailedException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }
}
