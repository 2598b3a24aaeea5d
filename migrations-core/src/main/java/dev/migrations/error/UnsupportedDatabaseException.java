package dev.migrations.error;

/** The database is not one this library supports. */
public final class UnsupportedDatabaseException extends ConfigurationException {

    public UnsupportedDatabaseException(String message) {
        super(message);
    }

    public UnsupportedDatabaseException(String message, Throwable cause) {
        super(null, message, cause);
    }

    public UnsupportedDatabaseException(String revision, String message) {
        super(revision, message, null);
    }

    public UnsupportedDatabaseException(String revision, String message, Throwable cause) {
        super(revision, message, cause);
    }

    @Override
    public String remedy() {
        return "Point the migrations at a PostgreSQL or H2 database.";
    }
}
