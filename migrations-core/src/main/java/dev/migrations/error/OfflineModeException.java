package dev.migrations.error;

/** A migration needs a live connection where none exists: offline SQL, checksums, derived downgrades. */
public final class OfflineModeException extends UsageException {

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

    @Override
    public String remedy() {
        return "Run it against a live database, or write what the message names by hand so that it renders offline.";
    }
}
