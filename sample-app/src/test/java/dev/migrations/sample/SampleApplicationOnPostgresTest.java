package dev.migrations.sample;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application with the postgres profile, pointed at a fresh database through SAMPLE_DB_URL. */
@ActiveProfiles("postgres")
class SampleApplicationOnPostgresTest extends SampleApplicationContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres();

    @DynamicPropertySource
    static void sampleDatabase(DynamicPropertyRegistry registry) {
        pointSampleAt(database, registry);
    }
}
