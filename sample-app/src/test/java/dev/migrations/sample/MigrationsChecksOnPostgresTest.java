package dev.migrations.sample;

import dev.migrations.test.MigrationsCheckSuite;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

/** The same checks on PostgreSQL, where the sample's enum type and partial index are real. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MigrationsChecksOnPostgresTest extends MigrationsCheckSuite {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }

    @Override
    protected List<DataRoundTrip> dataRoundTrips() {
        return List.of(SampleMigrationsChecks.fullNameBackfill());
    }
}
