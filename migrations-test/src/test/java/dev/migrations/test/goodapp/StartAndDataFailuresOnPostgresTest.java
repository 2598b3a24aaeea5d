package dev.migrations.test.goodapp;

import dev.migrations.test.SliceDatabase;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class StartAndDataFailuresOnPostgresTest extends StartAndDataFailuresContract {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SliceDatabase.properties(db, registry);
    }
}
