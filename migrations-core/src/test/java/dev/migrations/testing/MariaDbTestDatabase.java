package dev.migrations.testing;

/** A database of its own on the MariaDB server {@link MariaDbServer} finds (a MariaDB database is a schema). */
final class MariaDbTestDatabase extends ServerTestDatabase {

    @Override
    TestServer findServer() {
        return MariaDbServer.get();
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
        return "mariadb";
    }
}
