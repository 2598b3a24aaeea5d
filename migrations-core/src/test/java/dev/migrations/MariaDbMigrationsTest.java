package dev.migrations;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class MariaDbMigrationsTest extends NonTransactionalDdlContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @Override
    TestDatabase db() {
        return db;
    }
}
