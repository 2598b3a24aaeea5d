package dev.migrations.autoconfigure.metrics;

import dev.migrations.error.MigrationException;
import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.metrics.failingapp.FailingMeteredTestApplication;
import dev.migrations.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a failed revision leaves in the meters and observations, on PostgreSQL. */
@SpringBootTest(classes = FailingMeteredTestApplication.class, properties = "migrations.on-startup=none")
@DirtiesContext
class MigrationFailureMetricsTest {

    private static final String INVOICES = "1dc000000001";
    private static final String INDEX = "1dc000000002";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @DynamicPropertySource
    static void dataSource(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", db::jdbcUrl);
        properties.add("spring.datasource.username", db::user);
        properties.add("spring.datasource.password", db::password);
    }

    @Autowired
    MeterRegistry meters;

    @Autowired
    TestObservationRegistry observations;

    @Autowired
    MigrationSet set;

    @Test
    void recordsAFailedRevisionInTheTimerTheFailureCounterTheGaugesAndItsObservation() {
        assertThatThrownBy(() -> set.migrations().upgrade()).isInstanceOf(MigrationException.class);

        assertThat(meters.get(MeterRecordingListener.EXECUTION)
                .tags("set", "default", "revision", INVOICES, "direction", "upgrade", "outcome", "success")
                .timer().count()).isEqualTo(1);
        assertThat(meters.get(MeterRecordingListener.EXECUTION)
                .tags("set", "default", "revision", INDEX, "direction", "upgrade", "outcome", "failure")
                .timer().count()).isEqualTo(1);
        assertThat(meters.get(MeterRecordingListener.FAILURES).tags("set", "default", "revision", INDEX)
                .counter().count()).isEqualTo(1);
        assertThat(meters.find(MeterRecordingListener.FAILURES).tag("revision", INVOICES).counter()).isNull();
        assertThat(meters.get(MigrationsMeterBinder.PENDING).tag("set", "default").gauge().value()).isEqualTo(1);
        assertThat(meters.get(MigrationsMeterBinder.APPLIED).tag("set", "default").gauge().value()).isEqualTo(1);

        TestObservationRegistryAssert.assertThat(observations).hasAnObservation(step -> step
                .hasNameEqualTo(ObservingListener.NAME)
                .hasHighCardinalityKeyValue("revision", INDEX)
                .hasLowCardinalityKeyValue("outcome", "failure")
                .hasError());
    }
}
