package dev.migrations.test.goodapp;

import dev.migrations.test.MigrationsCheckSuite;
import dev.migrations.test.PostgresSlice;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.List;

/** Every check passes on a local PostgreSQL given by properties. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class GoodMigrationsOnPostgresTest extends MigrationsCheckSuite {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSlice.properties(db, registry);
    }

    @Override
    protected Path checksumFile() {
        return GoodChecks.CHECKSUMS;
    }

    @Override
    protected List<DataRoundTrip> dataRoundTrips() {
        return List.of(GoodChecks.trimmedNames());
    }
}
