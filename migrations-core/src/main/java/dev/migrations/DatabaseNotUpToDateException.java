package dev.migrations;

/**
 * The database is not at the code's heads, or a revision is in a state that needs repair, where the command
 * needs it to be: autogenerate and its check compare the entities with a database that has every revision
 * applied, as Alembic's {@code Target database is not up to date}.
 */
public class DatabaseNotUpToDateException extends MigrationException {

    public DatabaseNotUpToDateException(String revision, String message) {
        super(revision, message, null);
    }
}
