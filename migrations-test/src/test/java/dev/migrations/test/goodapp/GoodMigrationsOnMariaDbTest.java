package dev.migrations.test.goodapp;

import dev.migrations.test.SliceDatabase;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every check passes on MariaDB too, whose DDL is not transactional. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class GoodMigrationsOnMariaDbTest extends GoodAppCheckSuite {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @DynamicPropertySource
    static void mariadb(DynamicPropertyRegistry registry) {
        SliceDatabase.properties(db, registry);
    }
}
