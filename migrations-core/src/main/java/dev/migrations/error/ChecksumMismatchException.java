package dev.migrations.error;

/** An applied revision was edited after it was applied. */
public final class ChecksumMismatchException extends DatabaseStateException {

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

    @Override
    public String remedy() {
        return Remedies.edited(revisionOrPlaceholder());
    }
}
