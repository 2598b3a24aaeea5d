package dev.migrations.autogenerate;

import java.util.Objects;

/**
 * Something the developer must read before applying a generated migration: printed by the command, and
 * rendered as a loud comment over the operation it concerns.
 */
public record ComparisonWarning(Kind kind, String message) {

    public enum Kind {
        /** The operation deletes data: a dropped table or column. */
        DATA_LOSS,
        /** A dropped and an added column (or table) look alike: perhaps a rename, which drop + add is not. */
        POSSIBLE_RENAME,
        /** A column becomes NOT NULL on a table that may have rows: the statement fails if any row lacks a value. */
        NOT_NULL_ON_EXISTING_ROWS,
        /** A type change makes PostgreSQL rewrite the whole table under an exclusive lock. */
        TABLE_REWRITE,
        /** An index is built on a large table without CONCURRENTLY: writes wait until it is done. */
        BLOCKING_INDEX_BUILD,
        /** The schemas differ in a way no operation expresses; nothing is generated for it. */
        NOT_GENERATED,
        /** A stated rename does not fit the schemas (a name is missing or taken) and was not applied. */
        IGNORED_RENAME,
        /**
         * An object no operation can express (such as a GIN index) is left alone: neither compared, created,
         * dropped nor recreated by a downgrade.
         */
        NOT_COMPARED,
        /**
         * The entities declare something no operation expresses (a table of another schema, a quoted name whose
         * case the database would fold): nothing is generated for it, and {@code check} fails until it is written
         * by hand and left out of the comparison by a filter.
         */
        NOT_SUPPORTED,
        /** A PostgreSQL large object (oid) column: dropping it, as a downgrade does, leaves its large objects. */
        LARGE_OBJECTS;

        /** Whether the warning reports a difference left out of the operations, which {@code check} must count. */
        public boolean isUnappliedDifference() {
            return this == NOT_GENERATED || this == NOT_SUPPORTED;
        }
    }

    /**
     * What to do about a table the comparison would drop because no entity maps it, when the application still
     * uses it without JPA (JdbcTemplate, a library's own table): leave it out rather than drop it.
     */
    public static String unmappedTableAdvice(String table) {
        return "No entity maps " + table + ": if the application still uses it without JPA (JdbcTemplate, a "
                + "library), leave it out of the comparison with migrations.autogenerate.exclude-tables=" + table
                + " rather than drop it.";
    }

    public ComparisonWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
