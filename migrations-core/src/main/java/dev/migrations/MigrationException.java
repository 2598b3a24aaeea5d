package dev.migrations;

/**
 * The root of every error this library raises. Each message names the revision, property or file
 * involved, says what is wrong, and how to fix it.
 */
public class MigrationException extends RuntimeException {

    private final String revision;

    public MigrationException(String message) {
        this(null, message, null);
    }

    public MigrationException(String message, Throwable cause) {
        this(null, message, cause);
    }

    public MigrationException(String revision, String message, Throwable cause) {
        super(message, cause);
        this.revision = revision;
    }

    /** The revision the error is about, or null when it concerns none in particular. */
    public String revision() {
        return revision;
    }
}
