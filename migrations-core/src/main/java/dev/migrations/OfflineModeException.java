package dev.migrations;

/** A migration needs a live connection where none exists: offline SQL, checksums, derived downgrades. */
public class OfflineModeException extends MigrationException {

    public OfflineModeException(String message) {
        super(message);
    }

    public OfflineModeException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public OfflineModeException(String revision, String message) {
        super(revision, message, null);
    }

    public OfflineModeException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }
}
