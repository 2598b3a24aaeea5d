package dev.migrations.testing;

/**
 * A database of its own on the MariaDB server {@link MariaDbServer} finds, or on the MySQL server {@link MySqlServer}
 * finds (a database is a schema on both).
 */
final class MariaDbTestDatabase extends ServerTestDatabase {

    private final boolean mySql;

    MariaDbTestDatabase(boolean mySql) {
        this.mySql = mySql;
    }

    @Override
    TestServer findServer() {
        return mySql ? MySqlServer.get() : MariaDbServer.get();
    }

    @Override
    String dropStatement(String name) {
        return "DROP DATABASE IF EXISTS " + name;
    }

    /** The database comes back empty: dropped with all it holds, and made again under the same name. */
    @Override
    public void reset() {
        admin(dropStatement(name));
        admin("CREATE DATABASE " + name);
    }

    @Override
    public String kind() {
        return mySql ? "mysql" : "mariadb";
    }
}
