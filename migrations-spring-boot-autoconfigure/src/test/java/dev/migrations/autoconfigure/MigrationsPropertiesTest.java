package dev.migrations.autoconfigure;

import dev.migrations.error.ChecksumMismatchException;
import dev.migrations.error.LockTimeoutException;
import dev.migrations.error.MigrationFailedException;
import dev.migrations.RevisionStatus;
import dev.migrations.dialect.Dialects;
import dev.migrations.dialect.MigrationLock;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static dev.migrations.autoconfigure.StartupFailure.assertCause;
import static org.assertj.core.api.Assertions.assertThat;

/** Each {@code migrations.*} property reaches the built migrations: asserted by what happens in the database. */
class MigrationsPropertiesTest {

    private static final String LINEAR = "migrations.packages=dev.migrations.autoconfigure.scenarios.linear";

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withBean(DataSource.class, db::dataSource);

    private final Catalog catalog = Catalog.of(db.dataSource());

    @BeforeEach
    void emptyDatabase() {
        db.reset();
        db.execute("DROP SCHEMA IF EXISTS meta CASCADE");
    }

    @Test
    void tableNamesTheVersionTable() {
        runner.withPropertyValues(LINEAR, "migrations.table=schema_history").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(catalog.revisionsIn("schema_history")).containsExactly("lin1", "lin2");
            assertThat(catalog.hasTable("public", "migrations_version")).isFalse();
        });
    }

    @Test
    void schemaPutsTheVersionTableInIt() {
        db.execute("CREATE SCHEMA meta");
        runner.withPropertyValues(LINEAR, "migrations.schema=meta").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(catalog.hasTable("meta", "migrations_version")).isTrue();
            assertThat(catalog.hasTable("public", "migrations_version")).isFalse();
        });
    }

    /** Set to nothing, as on a command line that overrides a profile's setting: the connection's own again. */
    @Test
    void aSchemaUrlAndUserSetToNothingAreNotSet() {
        runner.withPropertyValues(LINEAR, "migrations.schema=", "migrations.url=", "migrations.user=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(catalog.revisionsIn("migrations_version")).containsExactly("lin1", "lin2");
            assertThat(catalog.hasTable("public", "migrations_version")).isTrue();
        });
    }

    @Test
    void targetStopsTheStartupUpgradeThere() {
        runner.withPropertyValues(LINEAR, "migrations.target=lin1").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(catalog.columns("items")).containsExactly("id", "name");
            assertThat(context.getBean(MigrationSet.class).migrations().current())
                    .extracting(RevisionStatus::revision).containsExactly("lin1");
        });
    }

    @Test
    void onStartupValidateFailsNamingThePendingRevisions() {
        runner.withPropertyValues(LINEAR, "migrations.on-startup=validate").run(context -> {
            assertThat(context).hasFailed();
            assertCause(context.getStartupFailure(), StartupValidationException.class)
                    .hasMessageContaining("Pending: lin1 (create items), lin2 (add item price)");
            assertThat(catalog.hasTable("items")).isFalse();
        });
    }

    @Test
    void onStartupValidateStartsWhenTheDatabaseIsUpToDate() {
        runner.withPropertyValues(LINEAR).run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues(LINEAR, "migrations.on-startup=validate")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void onStartupValidateFailsNamingAnEditedRevision() {
        runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.edited.before")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.edited.after",
                "migrations.on-startup=validate").run(context -> {
                    assertThat(context).hasFailed();
                    assertCause(context.getStartupFailure(), StartupValidationException.class)
                            .hasMessageContaining("Problems: edit1 (create notes) CHECKSUM_MISMATCH")
                            .hasMessageNotContaining("Pending");
                });
    }

    @Test
    void onStartupNoneLeavesTheDatabaseEmpty() {
        runner.withPropertyValues(LINEAR, "migrations.on-startup=none").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(MigrationSet.class);
            assertThat(catalog.hasTable("items")).isFalse();
            assertThat(catalog.hasTable("migrations_version")).isFalse();
        });
    }

    @Test
    void onChecksumMismatchFailByDefaultStopsAnEditedRevision() {
        runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.edited.before")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.edited.after")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertCause(context.getStartupFailure(), ChecksumMismatchException.class).hasMessageContaining("edit1");
                });
    }

    @Test
    void onChecksumMismatchWarnStartsDespiteAnEditedRevision() {
        runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.edited.before")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.edited.after",
                "migrations.on-checksum-mismatch=warn").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void transactionModePerRevisionKeepsTheRevisionsBeforeAFailure() {
        runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.failing").run(context -> {
            assertThat(context).hasFailed();
            assertThat(catalog.hasTable("ledger")).isTrue();
        });
    }

    @Test
    void transactionModeSingleRollsBackTheWholeRun() {
        runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.failing",
                "migrations.transaction-mode=single").run(context -> {
                    assertThat(context).hasFailed();
                    assertCause(context.getStartupFailure(), MigrationFailedException.class);
                    assertThat(catalog.hasTable("ledger")).isFalse();
                });
    }

    @Test
    void appliedByIsRecordedWithEachRevision() {
        runner.withPropertyValues(LINEAR, "migrations.applied-by=release-42").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrationSet.class).migrations().history())
                    .extracting(RevisionStatus::appliedBy).containsOnly("release-42");
        });
    }

    @Test
    void lockWaitTimeoutBoundsTheWaitForAnotherInstancesLock() throws Exception {
        MigrationLock lock = Dialects.named("postgresql").lock(null, "migrations_version");
        try (Connection other = db.dataSource().getConnection()) {
            assertThat(lock.tryAcquire(other)).isTrue();
            Instant start = Instant.now();
            runner.withPropertyValues(LINEAR, "migrations.lock-wait-timeout=1s").run(context -> {
                assertThat(context).hasFailed();
                assertCause(context.getStartupFailure(), LockTimeoutException.class);
            });
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
            lock.release(other);
        }
    }

    @Test
    void lockTimeoutBoundsEachStatementsWaitForATableLock() throws Exception {
        db.execute("CREATE TABLE contended (id int)");
        try (Connection other = db.dataSource().getConnection(); Statement holder = other.createStatement()) {
            other.setAutoCommit(false);
            holder.execute("LOCK TABLE contended IN ACCESS EXCLUSIVE MODE");
            runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.contended",
                    "migrations.lock-timeout=200ms").run(context -> {
                        assertThat(context).hasFailed();
                        assertCause(context.getStartupFailure(), MigrationFailedException.class).hasMessageContaining("lock timeout");
                    });
            other.rollback();
        }
    }

    @Test
    void statementTimeoutBoundsEachStatement() throws Exception {
        db.execute("CREATE TABLE contended (id int)");
        try (Connection other = db.dataSource().getConnection(); Statement holder = other.createStatement()) {
            other.setAutoCommit(false);
            holder.execute("LOCK TABLE contended IN ACCESS EXCLUSIVE MODE");
            runner.withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.contended",
                    "migrations.statement-timeout=200ms").run(context -> {
                        assertThat(context).hasFailed();
                        assertCause(context.getStartupFailure(), MigrationFailedException.class).hasMessageContaining("statement timeout");
                    });
            other.rollback();
        }
    }
}
