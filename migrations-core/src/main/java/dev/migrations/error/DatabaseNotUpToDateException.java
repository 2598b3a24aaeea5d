package dev.migrations.error;

/**
 * The database is not at the code's heads, or a revision is in a state that needs repair, where the command
 * needs it to be: autogenerate and its check compare the entities with a database that has every revision
 * applied, as Alembic's {@code Target database is not up to date}.
 */
public final class DatabaseNotUpToDateException extends DatabaseStateException {

    public DatabaseNotUpToDateException(String revision, String message) {
        super(revision, message, null);
    }

    @Override
    public String remedy() {
        return "Run `migrations upgrade heads` (or repair the revision the message names), then run the command again.";
    }
}
