package dev.migrations.error;

/**
 * What to do about a revision whose state blocks migrating, one text per state, wherever it is shown: the
 * error that refuses to migrate, the failure analysis, the health details and the command line's status.
 */
public final class Remedies {

    private Remedies() {
    }

    /** A revision that ran outside a transaction and was interrupted or failed part-way. */
    public static String incomplete(String revision) {
        return "Check the schema, then run `migrations repair " + revision + "` so that the next upgrade runs it again "
                + "(batched updates resume after their last committed batch), or `migrations stamp " + revision
                + "` if all of its changes are in place.";
    }

    /** An applied revision whose code no longer does what it did when it was applied. */
    public static String edited(String revision) {
        return "Run `migrations show " + revision + "` to see the operations its checksum covers and compare them with "
                + "the migration as it was applied (its history in version control). If it was edited, restore it and "
                + "put the change in a new revision; if it was not, or the database already matches the edited code, "
                + "run `migrations repair " + revision + "` to record the current checksum.";
    }

    /**
     * Revisions the database records and the code does not have; {@code revisions} names them, or is null when
     * they are not known.
     */
    public static String unknownInCode(String revisions) {
        return "Deploy the code that has " + (revisions == null ? "every revision the database records" : "revision "
                + revisions) + " (the database is ahead of this code); or, if the database really should be at a "
                + "revision this code has, run `migrations stamp <revision> --purge` to rewrite its history.";
    }

    /** The connection names no schema that exists, so there is nowhere to create the version table. */
    public static String noSchema() {
        return "The connection has no schema to work in. On PostgreSQL, the schema its search path names (the URL's "
                + "currentSchema, else the user's search_path) does not exist: create it, or set migrations.schema to "
                + "the same name and the first run creates it. On MariaDB and MySQL, name the database in the URL "
                + "(jdbc:mariadb://host:3306/<database>).";
    }

    /** A statement the database refused because its user lacks a right, such as creating a table in the schema. */
    public static String lackingRights() {
        return "The database user lacks a right this needs: migrate as a user that may change the schema (its "
                + "owner), in Spring Boot with migrations.user and migrations.password, or grant the right.";
    }
}
