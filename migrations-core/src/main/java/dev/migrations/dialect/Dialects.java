package dev.migrations.dialect;

import dev.migrations.error.DatabaseAccessException;
import dev.migrations.error.UnsupportedDatabaseException;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Finds the dialect of a live database, or of a database named for offline scripts. */
public final class Dialects {

    static final String SUPPORTED = "PostgreSQL 14 or later, MariaDB 10.6 or later, MySQL 8.0 or later, and H2 2.x";

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
            if ("MariaDB".equalsIgnoreCase(product) && isMariaDb106OrLater(major, metaData.getDatabaseMinorVersion())) {
                return new MariaDbDialect(MariaDbDialect.Server.MARIADB);
            }
            if ("MySQL".equalsIgnoreCase(product)) {
                // MySQL's driver reports a MariaDB server as MySQL "5.5.5-10.11.x-MariaDB".
                if (version.contains("MariaDB")) {
                    return new MariaDbDialect(MariaDbDialect.Server.MARIADB);
                }
                if (major >= 8) {
                    return new MariaDbDialect(MariaDbDialect.Server.MYSQL);
                }
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

    private static boolean isMariaDb106OrLater(int major, int minor) {
        return major > 10 || (major == 10 && minor >= 6);
    }

    /**
     * The dialect for offline scripts: "postgresql" (or "postgres"), "mariadb", "mysql" or "h2", in any case. H2 is taken to fold
     * names to upper case, its default.
     */
    public static Dialect named(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "postgresql":
            case "postgres":
                return new PostgresDialect();
            case "mariadb":
                return new MariaDbDialect(MariaDbDialect.Server.MARIADB);
            case "mysql":
                return new MariaDbDialect(MariaDbDialect.Server.MYSQL);
            case "h2":
                return new H2Dialect(IdentifierFolding.UPPER_CASE);
            default:
                throw new UnsupportedDatabaseException("Unknown database name '" + name
                        + "'. Name one of: postgresql (or postgres), mariadb, mysql, h2.");
        }
    }

    static String unsupportedDatabaseMessage(String product, String version) {
        return "The database is " + product + " " + version + ", which migrations does not support. Supported are "
                + SUPPORTED + ". Point the migrations DataSource at one of these (upgrade an older PostgreSQL server).";
    }
}
