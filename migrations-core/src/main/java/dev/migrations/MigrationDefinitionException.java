package dev.migrations;

/** A migration class is malformed: no or several @Migration annotations, no usable constructor, wrong type. */
public class MigrationDefinitionException extends MigrationException {

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
}
