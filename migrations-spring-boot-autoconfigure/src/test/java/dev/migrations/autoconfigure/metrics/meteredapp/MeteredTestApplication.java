package dev.migrations.autoconfigure.metrics.meteredapp;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A service with two migrations and a listener bean of its own, whose observations are kept in memory for the
 * test to read.
 */
@SpringBootApplication
public class MeteredTestApplication {

    @Bean
    TestObservationRegistry observationRegistry() {
        return TestObservationRegistry.create();
    }

    @Bean
    SucceededRevisions succeededRevisions() {
        return new SucceededRevisions();
    }
}
