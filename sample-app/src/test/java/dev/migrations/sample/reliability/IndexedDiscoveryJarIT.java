package dev.migrations.sample.reliability;

import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application finds its migrations in the build-time index its jar carries
 * ({@code BOOT-INF/classes/dev.migrations.index}, written by the processor while the sample compiled), without
 * scanning the class path, and migrates as it does with the scan; restarted, it loads none of its migration classes.
 */
class IndexedDiscoveryJarIT {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final ActuatorClient http = new ActuatorClient();

    @Test
    void thePackagedApplicationReadsItsMigrationsFromTheIndex(@TempDir Path logs) throws Exception {
        Map<String, String> properties = new LinkedHashMap<>(SampleApp.dataSource(db));
        properties.put("logging.level.dev.migrations.autoconfigure.MigrationClassScanner", "debug");

        try (SampleApp.Server server = SampleApp.packaged().startServer(logs.resolve("app.log"), properties)) {
            server.awaitReady(System.nanoTime() + Duration.ofMinutes(2).toNanos(), http);

            assertThat(server.log()).contains("Found 12 @Migration classes under [dev.migrations.sample] in the build-time index")
                    .doesNotContain("Scanning the class path for @Migration classes");
            assertThat(http.get(server.port(), "/actuator/migrations").body()).contains("e7f6ada0098e");
        }

        properties.put("logging.level.dev.migrations.runtime.Runner", "debug");
        try (SampleApp.Server restarted = SampleApp.packaged().startServer(logs.resolve("restart.log"), properties)) {
            restarted.awaitReady(System.nanoTime() + Duration.ofMinutes(2).toNanos(), http);

            assertThat(restarted.log()).as("a restart with nothing pending loads no migration class")
                    .contains("Nothing to upgrade: the version table holds every revision, applied from the indexed "
                            + "sources (one digest compared, 0 migration classes loaded)");
        }
    }
}
