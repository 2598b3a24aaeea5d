package dev.migrations.autoconfigure.metrics;

import dev.migrations.autoconfigure.metrics.meteredapp.MeteredTestApplication;
import dev.migrations.autoconfigure.metrics.meteredapp.SucceededRevisions;
import dev.migrations.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Meters and observations of an application migrated on start-up on PostgreSQL, read from its own registries. */
@SpringBootTest(classes = MeteredTestApplication.class)
@DirtiesContext
class MigrationsMetricsTest {

    private static final String ORDERS = "0d3e00000001";
    private static final String TOTAL = "0d3e00000002";

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
    SucceededRevisions applicationListener;

    @Test
    void timesEachRevisionUpgradedOnStartUp() {
        for (String revision : new String[] {ORDERS, TOTAL}) {
            Timer timer = execution(revision, "upgrade", "success");
            assertThat(timer.count()).isEqualTo(1);
            assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        }
        assertThat(meters.find(MeterRecordingListener.FAILURES).counters()).isEmpty();
    }

    @Test
    void gaugesCountPendingAndAppliedRevisionsOfTheSet() {
        assertThat(meters.get(MigrationsMeterBinder.PENDING).tag("set", "default").gauge().value()).isZero();
        assertThat(meters.get(MigrationsMeterBinder.APPLIED).tag("set", "default").gauge().value()).isEqualTo(2);
    }

    @Test
    void observesEachStepUpgradedOnStartUp() {
        TestObservationRegistryAssert.assertThat(observations)
                .hasNumberOfObservationsWithNameEqualTo(ObservingListener.NAME, 2);
        for (String revision : new String[] {ORDERS, TOTAL}) {
            TestObservationRegistryAssert.assertThat(observations).hasAnObservation(step -> step
                    .hasNameEqualTo(ObservingListener.NAME)
                    .hasHighCardinalityKeyValue("revision", revision)
                    .hasLowCardinalityKeyValue("set", "default")
                    .hasLowCardinalityKeyValue("direction", "upgrade")
                    .hasLowCardinalityKeyValue("outcome", "success")
                    .doesNotHaveError());
        }
    }

    @Test
    void keepsTheApplicationsOwnListenerBeans() {
        assertThat(applicationListener.revisions()).startsWith(ORDERS, TOTAL);
    }

    private Timer execution(String revision, String direction, String outcome) {
        return meters.get(MeterRecordingListener.EXECUTION)
                .tags("set", "default", "revision", revision, "direction", direction, "outcome", outcome)
                .timer();
    }
}
