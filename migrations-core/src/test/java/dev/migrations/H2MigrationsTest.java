package dev.migrations;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2MigrationsTest extends NonTransactionalDdlContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @Override
    TestDatabase db() {
        return db;
    }
}
