package dev.migrations;

/** An applied revision was edited after it was applied. */
public class ChecksumMismatchException extends MigrationException {

    public ChecksumMismatchException(String message) {
        super(message);
    }

    public ChecksumMismatchException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public ChecksumMismatchException(String revision, String message) {
        super(revision, message, null);
    }

    public ChecksumMismatchException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }
}
