package dev.migrations.error;

/** A target (head, a revision id or prefix, a relative step, a branch label) cannot be resolved. */
public final class TargetResolutionException extends UsageException {

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

    @Override
    public String remedy() {
        return "Give a target the code has: heads, head, label@head, a revision id or prefix, +N or -N; "
                + "`migrations history` lists the revisions.";
    }
}
