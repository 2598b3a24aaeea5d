package dev.migrations.autoconfigure.metrics.failingapp;

import io.micrometer.observation.tck.TestObservationRegistry;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A service whose second migration fails. It starts with {@code migrations.on-startup=none}, so the test runs
 * the upgrade and the application still starts.
 */
@SpringBootApplication
public class FailingMeteredTestApplication {

    @Bean
    TestObservationRegistry observationRegistry() {
        return TestObservationRegistry.create();
    }
}
