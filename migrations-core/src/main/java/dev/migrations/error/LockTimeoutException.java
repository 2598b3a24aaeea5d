package dev.migrations.error;

/** The migration lock could not be taken within the configured time. */
public final class LockTimeoutException extends DatabaseAccessException {

    public LockTimeoutException(String message) {
        super(message);
    }

    public LockTimeoutException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public LockTimeoutException(String revision, String message) {
        super(revision, message, null);
    }

    public LockTimeoutException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Another instance holds the migration lock and is still migrating: let it finish, or raise the lock wait "
                + "timeout (migrations.lock-wait-timeout).";
    }
}
