package dev.migrations.error;

/** A downgrade needs to reverse an operation that cannot be reversed, and the revision defines no downgrade. */
public class IrreversibleMigrationException extends UsageException {

    public IrreversibleMigrationException(String message) {
        super(message);
    }

    public IrreversibleMigrationException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public IrreversibleMigrationException(String revision, String message) {
        super(revision, message, null);
    }

    public IrreversibleMigrationException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Write the downgrade of revision " + revisionOrPlaceholder() + " by hand, or downgrade to a revision after it.";
    }
}
