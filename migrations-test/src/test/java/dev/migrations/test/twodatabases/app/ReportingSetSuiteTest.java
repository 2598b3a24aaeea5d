package dev.migrations.test.twodatabases.app;

import dev.migrations.test.MigrationsCheckSuite;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/**
 * The suite of a service's second set: every check passes on the reporting set, its entities compared with the
 * persistence unit on the reporting database, while the service has another unit on its primary one.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ReportingSetSuiteTest extends MigrationsCheckSuite {

    @RegisterExtension
    static TestDatabase purchases = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase reporting = TestDatabase.postgres();

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        TwoDatabases.properties(purchases, reporting, "reportingfull", registry);
    }

    @Override
    protected String migrationSet() {
        return "reporting";
    }

    @Override
    protected Path checksumFile() {
        return TwoDatabases.REPORTING_CHECKSUMS;
    }
}
