package dev.migrations;

/** The revisions do not form a valid graph: duplicate or illegal ids, unknown references, cycles, label clashes. */
public class InvalidRevisionGraphException extends MigrationException {

    public InvalidRevisionGraphException(String message) {
        super(message);
    }

    public InvalidRevisionGraphException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public InvalidRevisionGraphException(String revision, String message) {
        super(revision, message, null);
    }

    public InvalidRevisionGraphException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }
}
