package dev.migrations.error;

/**
 * The migrations or their configuration are wrong: a migration class, the revision graph, a property, a
 * database this library does not support. Nothing ran; the fix is in the code or the configuration.
 */
public non-sealed class ConfigurationException extends MigrationException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public ConfigurationException(String revision, String message) {
        super(revision, message, null);
    }

    public ConfigurationException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Fix the migration class, revision or property the message names, then run again.";
    }
}
