package dev.migrations.testing;

/**
 * A MariaDB or MySQL server: reached at {@code jdbc:<driver>://host:port/}, where a database is a schema that is
 * created and dropped from a connection to no database at all.
 */
abstract class SchemaDatabaseServer implements TestServer {

    /** A JDBC URL without a database name, e.g. {@code jdbc:mariadb://127.0.0.1:3306/}. */
    private final String serverUrl;
    private final String user;
    private final String password;

    SchemaDatabaseServer(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * The server part of {@code url}, up to the slash before the database name.
     *
     * @param variable the environment variable the URL came from, for the message
     */
    static String serverUrl(String url, String scheme, String variable) {
        int slash = url.indexOf('/', scheme.length());
        if (!url.startsWith(scheme) || slash < 0) {
            throw new IllegalStateException(variable + " must look like " + scheme
                    + "host:port/ (a database name is ignored: each test class makes its own), got " + url);
        }
        return url.substring(0, slash + 1);
    }

    /** The driver's options after the database name, each starting with {@code ?} or {@code &}. */
    abstract String urlOptions();

    /** None: the server creates and drops databases from a connection to no database. */
    @Override
    public String adminDatabase() {
        return "";
    }

    @Override
    public String url(String database) {
        return serverUrl + database + urlOptions();
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }
}
