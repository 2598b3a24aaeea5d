package dev.migrations.sample;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with the mariadb profile, pointed at a fresh database through SAMPLE_DB_URL: the same
 * revisions, entities, endpoint and health as on PostgreSQL, with the one mapping file the profile adds.
 */
@ActiveProfiles("mariadb")
class SampleApplicationOnMariaDbTest extends SampleApplicationContract {

    @RegisterExtension
    static final TestDatabase database = TestDatabase.mariadb();

    @DynamicPropertySource
    static void sampleDatabase(DynamicPropertyRegistry registry) {
        pointSampleAt(database, registry);
    }
}
