package dev.migrations.autoconfigure.badinput;

import dev.migrations.error.MigrationDefinitionException;
import dev.migrations.error.MigrationException;
import dev.migrations.error.TargetResolutionException;
import dev.migrations.autoconfigure.MigrationSetStartupException;
import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.StartupValidationException;
import dev.migrations.autoconfigure.UnknownPropertyException;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring-level part of the bad-input corpus: what only the auto-configuration can get wrong (properties, scanned
 * classes, migration sets, beans), on a real PostgreSQL database. Each start must fail with an error naming the
 * property, class or set at fault, before anything is applied: the database stays without a single table, although
 * a good migration ({@code ord00001}, create orders) is always discovered and would otherwise run.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SpringBadInputTest {

    private static final String SCENARIOS = "dev.migrations.autoconfigure.badinput.scenarios.";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withBean("dataSource", DataSource.class, db::dataSource)
            .withPropertyValues("migrations.packages=" + SCENARIOS + "orders");

    @BeforeEach
    void emptySchema() {
        db.reset();
    }

    @Test
    void theGoodMigrationOfTheseScenariosIsAppliedWhenNothingIsWrong() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(tables()).contains("orders", "migrations_version");
        });
    }

    @Test
    void anUnknownPropertyUnderMigrationsNamesItAndTheNearestValidOneAndNothingIsApplied() {
        runner.withPropertyValues("migrations.tabel=orders_version").run(context -> {
            UnknownPropertyException failure = failure(context, UnknownPropertyException.class);
            assertThat(failure.property()).isEqualTo("migrations.tabel");
            assertThat(failure.suggestion()).isEqualTo("migrations.table");
            assertThat(failure).hasMessageContaining("migrations.tabel").hasMessageContaining("did you mean migrations.table?");
            assertNothingApplied();
        });
    }

    @Test
    void severalUnknownPropertiesAreAllNamedAndNothingIsApplied() {
        runner.withPropertyValues("migrations.tabel=orders_version", "migrations.lock-wait-timout=1m",
                "migrations.sets.audit.pakages=" + SCENARIOS + "audit").run(context -> {
                    UnknownPropertyException failure = failure(context, UnknownPropertyException.class);
                    assertThat(failure).hasMessageContaining("Unknown properties under migrations.*")
                            .hasMessageContaining("migrations.tabel")
                            .hasMessageContaining("migrations.lock-wait-timout")
                            .hasMessageContaining("migrations.sets.audit.pakages");
                    assertNothingApplied();
                });
    }

    @Test
    void aMigrationAnnotatedClassThatIsNoMigrationScriptIsNamedAndNothingIsApplied() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "orders," + SCENARIOS + "notascript")
                .run(context -> {
                    MigrationDefinitionException failure = failure(context, MigrationDefinitionException.class);
                    assertThat(failure.revision()).isEqualTo("nas00001");
                    assertThat(failure).hasMessageContaining("Class " + SCENARIOS + "notascript.AnnotatedHelper has "
                            + "@Migration but does not implement MigrationScript");
                    assertNothingApplied();
                });
    }

    @Test
    void twoMigrationSetsOnTheSameVersionTableNameBothSetsAndThePropertyAndNothingIsApplied() {
        runner.withPropertyValues("migrations.sets.audit.packages=" + SCENARIOS + "audit").run(context -> {
            MigrationSetStartupException failure = failure(context, MigrationSetStartupException.class);
            assertThat(failure).hasMessageContaining("Migration sets 'default' and 'audit' share the version table "
                    + "migrations_version").hasMessageContaining("Set migrations.sets.audit.table to another name");
            assertNothingApplied();
        });
    }

    @Test
    void aSetNamingAMissingDataSourceListsTheDataSourcesAndNothingIsApplied() {
        runner.withPropertyValues("migrations.sets.audit.packages=" + SCENARIOS + "audit",
                "migrations.sets.audit.table=audit_version", "migrations.sets.audit.data-source=reporting")
                .run(context -> {
                    MigrationSetStartupException failure = failure(context, MigrationSetStartupException.class);
                    // The property names the set at fault; the wrapper may name the set that was being built when
                    // the other set's DataSource was looked up (the default set, here).
                    assertThat(failure).hasMessageContaining("migrations.sets.audit.data-source names DataSource bean "
                            + "'reporting', which does not exist. DataSource beans: dataSource.");
                    assertNothingApplied();
                });
    }

    @Test
    void aSetNamedDefaultIsRefusedAndNothingIsApplied() {
        runner.withPropertyValues("migrations.sets.default.table=other_version").run(context -> {
            MigrationException failure = failure(context, MigrationException.class);
            assertThat(failure).hasMessageContaining("migrations.sets.default")
                    .hasMessageContaining("give this set another name");
            assertNothingApplied();
        });
    }

    @Test
    void anUnknownTargetNamesItAndTheSetAndNothingIsApplied() {
        runner.withPropertyValues("migrations.target=nowhere").run(context -> {
            MigrationSetStartupException failure = failure(context, MigrationSetStartupException.class);
            assertThat(failure).hasMessageContaining("Migration set 'default' failed on start-up");
            TargetResolutionException cause = failure(context, TargetResolutionException.class);
            assertThat(cause.revision()).isEqualTo("nowhere");
            assertThat(cause).hasMessageContaining("Unknown revision 'nowhere'");
            assertNothingApplied();
        });
    }

    @Test
    void aDurationPropertyThatIsNoDurationNamesThePropertyAndNothingIsApplied() {
        runner.withPropertyValues("migrations.lock-wait-timeout=soon").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).anyMatch(m -> m.contains("migrations.lock-wait-timeout"))
                    .anyMatch(m -> m.contains("soon"));
            assertNothingApplied();
        });
    }

    @Test
    void anEnumPropertyWithAnUnknownValueNamesThePropertyAndNothingIsApplied() {
        runner.withPropertyValues("migrations.on-checksum-mismatch=sometimes").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure()))
                    .anyMatch(m -> m.contains("migrations.on-checksum-mismatch"))
                    .anyMatch(m -> m.contains("sometimes"));
            assertNothingApplied();
        });
    }

    @Test
    void aMigrationWhoseConstructorNeedsAMissingBeanIsNamedAndNothingIsApplied() {
        runner.withPropertyValues("migrations.packages=" + SCENARIOS + "orders," + SCENARIOS + "needsbean")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context.getStartupFailure()))
                            .anyMatch(m -> m.contains(SCENARIOS + "needsbean.SeedFromCatalogue"))
                            .anyMatch(m -> m.contains("SeedFromCatalogue$Catalogue"));
                    assertNothingApplied();
                });
    }

    @Test
    void validateOnStartupAgainstAnEmptyDatabaseListsWhatIsPendingAndAppliesNothing() {
        runner.withPropertyValues("migrations.on-startup=validate").run(context -> {
            StartupValidationException failure = failure(context, StartupValidationException.class);
            assertThat(failure).hasMessageContaining("migrations.on-startup=validate: the database of migration set "
                    + "'default' is not up to date").hasMessageContaining("ord00001 (create orders)");
            assertThat(tables()).doesNotContain("orders");
            assertThat(versionRowsIfAny()).isZero();
        });
    }

    private static <T extends Throwable> T failure(AssertableApplicationContext context, Class<T> type) {
        assertThat(context).hasFailed();
        for (Throwable cause = context.getStartupFailure(); cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("No " + type.getName() + " in the failure chain", context.getStartupFailure());
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }

    private static List<String> tables() {
        return new JdbcTemplate(db.dataSource()).queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema()", String.class);
    }

    private static long versionRowsIfAny() {
        if (!tables().contains("migrations_version")) {
            return 0;
        }
        Long rows = new JdbcTemplate(db.dataSource()).queryForObject("SELECT COUNT(*) FROM migrations_version", Long.class);
        return rows == null ? 0 : rows;
    }

    /** Not one table: no migration ran, and not even the version table was created. */
    private static void assertNothingApplied() {
        assertThat(tables()).as("tables after the refused start").isEmpty();
    }
}
