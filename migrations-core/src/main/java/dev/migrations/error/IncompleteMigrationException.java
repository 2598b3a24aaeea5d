package dev.migrations.error;

/** A revision that could not run atomically was interrupted or failed part-way; it must be repaired first. */
public final class IncompleteMigrationException extends DatabaseStateException {

    public IncompleteMigrationException(String message) {
        super(message);
    }

    public IncompleteMigrationException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public IncompleteMigrationException(String revision, String message) {
        super(revision, message, null);
    }

    public IncompleteMigrationException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return Remedies.incomplete(revisionOrPlaceholder());
    }
}
