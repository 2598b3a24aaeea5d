package dev.migrations;

/** A target (head, a revision id or prefix, a relative step, a branch label) cannot be resolved. */
public class TargetResolutionException extends MigrationException {

    public TargetResolutionException(String message) {
        super(message);
    }

    public TargetResolutionException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public TargetResolutionException(String revision, String message) {
        super(revision, message, null);
    }

    public TargetResolutionException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }
}
