package dev.migrations.testing;

final class PostgresTestDatabase extends ServerTestDatabase {

    @Override
    TestServer findServer() {
        return PostgresServer.get();
    }

    @Override
    String dropStatement(String name) {
        return "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
    }

    /** Every schema a test made goes, with what it holds; {@code public} comes back empty. */
    @Override
    public void reset() {
        execute("""
                DO $$ DECLARE s name; BEGIN
                  FOR s IN SELECT nspname FROM pg_namespace
                           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
                    EXECUTE format('DROP SCHEMA %I CASCADE', s);
                  END LOOP;
                END $$""", "CREATE SCHEMA public");
    }

    @Override
    public String kind() {
        return "postgres";
    }
}
