package dev.migrations.dialect;

import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.UnsupportedDatabaseException;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Finds the dialect of a live database, or of a database named for offline scripts. */
public final class Dialects {

    static final String SUPPORTED = "PostgreSQL 14 or later, and H2 2.x";

    private Dialects() {
    }

    /** The dialect of the database behind {@code connection}, chosen by its product name and version. */
    public static Dialect detect(Connection connection) {
        String product;
        String version;
        int major;
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            product = metaData.getDatabaseProductName();
            version = metaData.getDatabaseProductVersion();
            major = metaData.getDatabaseMajorVersion();
            if ("PostgreSQL".equalsIgnoreCase(product) && major >= 14) {
                return new PostgresDialect();
            }
            if ("H2".equalsIgnoreCase(product) && major == 2) {
                return new H2Dialect(IdentifierFolding.of(metaData), H2SessionDefaults.read(connection));
            }
        } catch (SQLException e) {
            throw new DatabaseAccessException(null, "Cannot tell which database the migrations run against: reading "
                    + "its metadata failed (" + e.getMessage() + "). Check the DataSource's URL and credentials.", e);
        }
        throw new UnsupportedDatabaseException(unsupportedDatabaseMessage(product, version));
    }

    /**
     * The dialect for offline scripts: "postgresql" (or "postgres") or "h2", in any case. H2 is taken to fold
     * names to upper case, its default.
     */
    public static Dialect named(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "postgresql":
            case "postgres":
                return new PostgresDialect();
            case "h2":
                return new H2Dialect(IdentifierFolding.UPPER_CASE);
            default:
                throw new UnsupportedDatabaseException("Unknown database name '" + name
                        + "'. Name one of: postgresql (or postgres), h2.");
        }
    }

    static String unsupportedDatabaseMessage(String product, String version) {
        return "The database is " + product + " " + version + ", which migrations does not support. Supported are "
                + SUPPORTED + ". Point the migrations DataSource at one of these (upgrade an older PostgreSQL server).";
    }
}
