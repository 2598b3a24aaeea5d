package dev.migrations.autoconfigure;

import dev.migrations.error.UnknownRevisionException;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.sql.DataSource;

import static dev.migrations.autoconfigure.StartupFailure.assertCause;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rolling deploy: the new release's replicas have migrated, and a replica of the older release starts again (a
 * crash, a drained node, a paused rollout). It starts, upgrading or validating, on the newer schema; a database
 * whose history the code does not continue still stops it.
 */
class OlderReleaseStartTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final ApplicationContextRunner olderRelease = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withBean(DataSource.class, db::dataSource)
            .withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.linear");

    @BeforeEach
    void migratedByTheOlderRelease() {
        db.reset();
        olderRelease.run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"upgrade", "validate"})
    void startsOnADatabaseTheNewerReleaseMigrated(String onStartup) {
        recordApplied("lin3", "lin2");

        olderRelease.withPropertyValues("migrations.on-startup=" + onStartup).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(db.strings("SELECT revision FROM migrations_version ORDER BY revision"))
                    .containsExactly("lin1", "lin2", "lin3");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"upgrade", "validate"})
    void stopsOnAHistoryItDoesNotContinue(String onStartup) {
        recordApplied("lin3", "deleted0");

        olderRelease.withPropertyValues("migrations.on-startup=" + onStartup).run(context -> {
            assertThat(context).hasFailed();
            assertCause(context.getStartupFailure(), onStartup.equals("upgrade") ? UnknownRevisionException.class
                    : StartupValidationException.class).hasMessageContaining("lin3");
        });
    }

    private static void recordApplied(String revision, String revises) {
        db.execute("INSERT INTO migrations_version (revision, revises, message, checksum, state, applied_at, "
                + "applied_by, execution_ms) VALUES ('" + revision + "', '" + revises + "', 'from a newer release', "
                + "'0123abcd', 'APPLIED', now(), 'release-2@elsewhere', 7)");
    }
}
