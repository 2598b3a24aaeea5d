package dev.migrations.error;

/**
 * A command or a call asked for something that cannot be done as asked: an unknown target, offline SQL for
 * what needs a connection, a downgrade through an irreversible revision, a wrong option.
 */
public non-sealed class UsageException extends MigrationException {

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public UsageException(String revision, String message) {
        super(revision, message, null);
    }

    public UsageException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Correct the command or call as the message says; `migrations help` lists the commands and their options.";
    }
}
