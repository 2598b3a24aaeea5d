package dev.migrations.error;

/**
 * The root of every error this library raises, in four families: the code or configuration is wrong, a command
 * asked for what cannot be done, the database and the code disagree, or the database failed. Each message names
 * the revision, property or file involved, says what is wrong and how to fix it; {@link #remedy()} is the fix
 * alone, for the places that show it apart (a failure analysis, a health detail).
 */
public abstract sealed class MigrationException extends RuntimeException
        permits ConfigurationException, UsageException, DatabaseStateException, DatabaseAccessException,
        MigrationFailedException {

    private final String revision;

    protected MigrationException(String message) {
        this(null, message, null);
    }

    protected MigrationException(String revision, String message, Throwable cause) {
        super(message, cause);
        this.revision = revision;
    }

    /** The revision the error is about (comma-separated when several), or null when it concerns none in particular. */
    public String revision() {
        return revision;
    }

    /** What to do about it: the command or change that fixes it. */
    public abstract String remedy();

    /** The revision, or {@code <revision>} for a remedy that must name one. */
    protected final String revisionOrPlaceholder() {
        return revision == null ? "<revision>" : revision;
    }
}
