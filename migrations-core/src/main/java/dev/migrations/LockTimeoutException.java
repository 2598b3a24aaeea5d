package dev.migrations;

/** The migration lock could not be taken within the configured time. */
public class LockTimeoutException extends MigrationException {

    public LockTimeoutException(String message) {
        super(message);
    }

    public LockTimeoutException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public LockTimeoutException(String revision, String message) {
        super(revision, message, null);
    }

    public LockTimeoutException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }
}
