package dev.migrations.error;

/** No backup was made, so the upgrade that asked for one applied nothing. */
public class BackupFailedException extends DatabaseAccessException {

    public BackupFailedException(String message) {
        super(message);
    }

    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    public BackupFailedException(String revision, String message) {
        super(revision, message);
    }

    @Override
    public String remedy() {
        return "Fix what the message names and run the upgrade again; nothing was applied.";
    }
}
