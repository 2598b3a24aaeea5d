package dev.migrations;

/** A downgrade needs to reverse an operation that cannot be reversed, and the revision defines no downgrade. */
public class IrreversibleMigrationException extends MigrationException {

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
}
