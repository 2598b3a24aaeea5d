package dev.migrations.test.twodatabases.app;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The entity check of each set of a service on two databases, where the reporting set's migration lacks a column
 * its entity maps: the default set passes, compared with its own unit only, and the reporting set fails, naming the
 * command that writes the missing migration for that set.
 */
@MigrationsTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class EachSetsEntitiesTest {

    @RegisterExtension
    static TestDatabase purchases = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase reporting = TestDatabase.postgres();

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        TwoDatabases.properties(purchases, reporting, "reportingpartial", registry);
    }

    @Autowired
    MigrationsChecks checks;

    @Test
    void theDefaultSetIsComparedWithTheUnitOnItsDatabaseAlone() {
        checks.entitiesMatchMigrations();
    }

    @Test
    void theReportingSetIsComparedWithTheUnitOnItsDatabaseAndNamesTheCommandForIt() {
        assertThatThrownBy(() -> checks.forSet("reporting").entitiesMatchMigrations())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("`migrations revision --set reporting --autogenerate` would write:")
                .hasMessageContaining("op.addColumn(\"daily_totals\", Column.column(\"currency\"");
    }
}
