package dev.migrations.error;

/** The database records revisions the code does not have: the database is ahead of the code. */
public final class UnknownRevisionException extends DatabaseStateException {

    public UnknownRevisionException(String message) {
        super(message);
    }

    public UnknownRevisionException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public UnknownRevisionException(String revision, String message) {
        super(revision, message, null);
    }

    public UnknownRevisionException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return Remedies.unknownInCode(revision());
    }
}
