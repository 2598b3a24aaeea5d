package dev.migrations.autoconfigure.actuate;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class MigrationsEndpointHttpOnPostgresTest extends MigrationsEndpointHttpContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry properties) {
        dataSource(properties, db);
    }

    @Override
    TestDatabase db() {
        return db;
    }
}
