package dev.migrations.error;

/**
 * A revision failed while running. The database was left at the revision before it, unless the revision ran
 * outside a transaction: then some of its changes may be in place ({@link #leftPartWay()}).
 */
public final class MigrationFailedException extends MigrationException {

    private final boolean leftPartWay;

    public MigrationFailedException(String message) {
        this(null, message, null, false);
    }

    public MigrationFailedException(String message, Throwable cause) {
        this(null, message, cause, false);
    }

    public MigrationFailedException(String revision, String message) {
        this(revision, message, null, false);
    }

    public MigrationFailedException(String revision, String message, Throwable cause) {
        this(revision, message, cause, false);
    }

    /** @param leftPartWay whether the revision ran outside a transaction and left some of its changes behind */
    public MigrationFailedException(String revision, String message, Throwable cause, boolean leftPartWay) {
        super(revision, message, cause);
        this.leftPartWay = leftPartWay;
    }

    /** Whether the revision ran outside a transaction and left some of its changes behind (it is marked FAILED). */
    public boolean leftPartWay() {
        return leftPartWay;
    }

    @Override
    public String remedy() {
        if (leftPartWay) {
            return "Fix the cause. " + Remedies.incomplete(revisionOrPlaceholder());
        }
        return "Fix revision " + revisionOrPlaceholder() + " (the statement and the database error the message shows), then "
                + "upgrade again; `migrations history` shows what is applied.";
    }
}
