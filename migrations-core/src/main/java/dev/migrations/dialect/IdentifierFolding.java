package dev.migrations.dialect;

import dev.migrations.ops.Identifiers;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** How a database stores an identifier written without quotes ({@link Identifiers#exact} names keep theirs). */
public enum IdentifierFolding {

    /** H2's default: every letter upper-cased, as H2 does with {@code Locale.ENGLISH}. */
    UPPER_CASE {
        @Override
        String unquoted(String identifier) {
            return identifier.toUpperCase(Locale.ENGLISH);
        }
    },

    /** H2 with {@code DATABASE_TO_LOWER=TRUE}. */
    LOWER_CASE {
        @Override
        String unquoted(String identifier) {
            return identifier.toLowerCase(Locale.ENGLISH);
        }
    },

    /**
     * PostgreSQL: only A to Z are lower-cased; in a UTF-8 database other letters are kept
     * ({@code CREATE TABLE ÄBC} makes a table named {@code Äbc}).
     */
    ASCII_LOWER_CASE {
        @Override
        String unquoted(String identifier) {
            StringBuilder folded = new StringBuilder(identifier.length());
            for (int i = 0; i < identifier.length(); i++) {
                char c = identifier.charAt(i);
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
            return folded.toString();
        }
    },

    /** H2 with {@code DATABASE_TO_UPPER=FALSE}, MariaDB and MySQL: names are kept as written. */
    AS_IS {
        @Override
        String unquoted(String identifier) {
            return identifier;
        }
    };

    abstract String unquoted(String identifier);

    /** How the database stores the name: folded, unless it is written in double quotes to keep its case. */
    public String apply(String identifier) {
        return Identifiers.isExact(identifier) ? Identifiers.bare(identifier) : unquoted(identifier);
    }

    /** The folding a JDBC driver reports for its connection. */
    public static IdentifierFolding of(DatabaseMetaData metaData) throws SQLException {
        if (metaData.storesUpperCaseIdentifiers()) {
            return UPPER_CASE;
        }
        if (metaData.storesLowerCaseIdentifiers()) {
            return LOWER_CASE;
        }
        return AS_IS;
    }
}
