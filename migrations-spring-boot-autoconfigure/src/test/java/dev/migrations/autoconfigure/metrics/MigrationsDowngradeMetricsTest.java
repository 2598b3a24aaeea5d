package dev.migrations.autoconfigure.metrics;

import dev.migrations.autoconfigure.MigrationSet;
import dev.migrations.autoconfigure.metrics.meteredapp.MeteredTestApplication;
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

/** Steps run after start-up, in both directions, on PostgreSQL: each direction is timed and observed apart. */
@SpringBootTest(classes = MeteredTestApplication.class)
@DirtiesContext
class MigrationsDowngradeMetricsTest {

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
    MigrationSet set;

    @Test
    void timesAndObservesADowngradeApartFromUpgrades() {
        set.migrations().downgrade("-1");
        set.migrations().upgrade();

        assertThat(executions(TOTAL, "downgrade")).isEqualTo(1);
        assertThat(executions(TOTAL, "upgrade")).isEqualTo(2);
        assertThat(executions(ORDERS, "upgrade")).isEqualTo(1);
        assertThat(meters.find(MeterRecordingListener.EXECUTION).tag("revision", ORDERS)
                .tag("direction", "downgrade").timer()).isNull();
        TestObservationRegistryAssert.assertThat(observations)
                .hasNumberOfObservationsWithNameEqualTo(ObservingListener.NAME, 4)
                .hasAnObservation(step -> step.hasNameEqualTo(ObservingListener.NAME)
                        .hasHighCardinalityKeyValue("revision", TOTAL)
                        .hasLowCardinalityKeyValue("direction", "downgrade")
                        .hasLowCardinalityKeyValue("outcome", "success"));
    }

    private long executions(String revision, String direction) {
        return meters.get(MeterRecordingListener.EXECUTION)
                .tags("set", "default", "revision", revision, "direction", direction, "outcome", "success")
                .timer().count();
    }
}
