package dev.migrations.error;

/** A migration class is malformed: no or several @Migration annotations, no usable constructor, wrong type. */
public final class MigrationDefinitionException extends ConfigurationException {

    public MigrationDefinitionException(String message) {
        super(message);
    }

    public MigrationDefinitionException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public MigrationDefinitionException(String revision, String message) {
        super(revision, message, null);
    }

    public MigrationDefinitionException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Fix the migration class the message names.";
    }
}
