package dev.migrations.test.twodatabases.app;

import dev.migrations.test.SliceDatabase;
import dev.migrations.testing.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;

/** Where the tests of the two-database service put each set, and its reporting set's committed checksums. */
final class TwoDatabases {

    static final Path REPORTING_CHECKSUMS = Path.of("src/test/resources/twodatabases-reporting-checksums.txt");

    private TwoDatabases() {
    }

    /** The primary DataSource on {@code purchases}, the reporting one on {@code reporting}, whose set's revisions
     * are in {@code reportingPackage}. */
    static void properties(TestDatabase purchases, TestDatabase reporting, String reportingPackage,
                           DynamicPropertyRegistry registry) {
        SliceDatabase.properties(purchases, registry);
        registry.add("app.reporting.url", reporting::jdbcUrl);
        registry.add("app.reporting.username", reporting::user);
        registry.add("app.reporting.password", reporting::password);
        registry.add("migrations.sets.reporting.data-source", () -> "reportingDataSource");
        registry.add("migrations.sets.reporting.packages",
                () -> "dev.migrations.test.twodatabases." + reportingPackage);
    }
}
