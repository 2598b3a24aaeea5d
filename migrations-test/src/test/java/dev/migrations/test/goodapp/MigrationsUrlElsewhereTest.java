package dev.migrations.test.goodapp;

import dev.migrations.test.MigrationsChecks;
import dev.migrations.test.MigrationsTest;
import dev.migrations.test.SliceDatabase;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks never run on a database the test did not point its DataSource at: with {@code migrations.url} naming
 * another in the application's configuration (a profile's file here, as for its migrations' own user), the slice
 * refuses to start, and that database keeps what it holds.
 */
class MigrationsUrlElsewhereTest {

    @RegisterExtension
    static TestDatabase test = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase elsewhere = TestDatabase.postgres();

    @Test
    void theSliceRefusesToRunTheChecksOnAnotherDatabaseThanTheTestsDataSource() {
        elsewhere.execute("CREATE TABLE precious (id INT)", "INSERT INTO precious VALUES (1)");

        assertThatThrownBy(() -> new TestContextManager(ElsewhereSlice.class).prepareTestInstance(new ElsewhereSlice()))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .isEqualTo("@MigrationsTest would run the checks of migration set 'default' on "
                                + elsewhere.jdbcUrl() + " (migrations.url), not on the test's DataSource: they "
                                + "downgrade to base, and would destroy what that database holds. In the test, set "
                                + "migrations.url to the test's database, or to nothing (@MigrationsTest(properties = "
                                + "\"migrations.url=\")) to run them on the test's DataSource."));
        assertThat(elsewhere.strings("SELECT id FROM precious")).containsExactly("1");
    }

    @Test
    void aUrlSetToNothingInTheTestRunsTheChecksOnTheTestsDataSource() throws Exception {
        BlankedSlice slice = new BlankedSlice();
        new TestContextManager(BlankedSlice.class).prepareTestInstance(slice);

        slice.checks.upgradesFromBase();

        assertThat(test.strings("SELECT revision FROM migrations_version ORDER BY revision"))
                .containsExactly("600d0001", "600d0002", "600d0003");
    }

    @MigrationsTest
    @AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
    @ActiveProfiles("elsewhere")
    static class ElsewhereSlice {

        @Autowired
        MigrationsChecks checks;

        @DynamicPropertySource
        static void databases(DynamicPropertyRegistry registry) {
            SliceDatabase.properties(test, registry);
            registry.add("elsewhere.url", elsewhere::jdbcUrl);
        }
    }

    @MigrationsTest(properties = "migrations.url=")
    @AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
    static class BlankedSlice extends ElsewhereSlice {
    }
}
