package dev.migrations.autoconfigure;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupRequest;
import dev.migrations.backup.MigrationsBackup;
import dev.migrations.error.BackupFailedException;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code migrations.backup.on-upgrade}: a backup before the start-up upgrade, only when something is pending. */
class BackupOnUpgradeTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @TempDir
    Path backups;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
            .withBean(DataSource.class, db::dataSource)
            .withPropertyValues("migrations.packages=dev.migrations.autoconfigure.scenarios.linear");

    @BeforeEach
    void emptyDatabase() {
        db.reset();
    }

    @Test
    void offByDefault() {
        runner.withPropertyValues("migrations.backup.directory=" + backups).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Catalog.of(db.dataSource()).hasTable("items")).isTrue();
            try (var files = Files.list(backups)) {
                assertThat(files).isEmpty();
            }
        });
    }

    @Test
    void pgDumpWritesIntoTheConfiguredDirectoryBeforeAStartThatHasSomethingToApply() throws Exception {
        ApplicationContextRunner backingUp = runner.withPropertyValues("migrations.backup.on-upgrade=true",
                "migrations.backup.directory=" + backups);

        backingUp.run(context -> assertThat(context).hasNotFailed());
        backingUp.run(context -> assertThat(context).hasNotFailed());

        try (var files = Files.list(backups)) {
            assertThat(files).singleElement().satisfies(file -> {
                assertThat(file.getFileName().toString()).endsWith(".dump");
                assertThat(file.toFile().length()).isPositive();
            });
        }
    }

    @Test
    void theApplicationsBackupBeanReplacesTheBuiltInOne() {
        List<BackupRequest> asked = new CopyOnWriteArrayList<>();
        MigrationsBackup snapshot = request -> {
            asked.add(request);
            return new Backup("snapshot-" + asked.size(), "volume snapshot");
        };
        ApplicationContextRunner backingUp = runner.withBean(MigrationsBackup.class, () -> snapshot)
                .withPropertyValues("migrations.backup.on-upgrade=true");

        backingUp.run(context -> assertThat(context).hasNotFailed());
        backingUp.run(context -> assertThat(context).hasNotFailed());

        assertThat(asked).singleElement().satisfies(request ->
                assertThat(request.reason()).isEqualTo("before upgrade to heads (2 pending)"));
    }

    @Test
    void aFailedBackupStopsTheStartWithNothingApplied() {
        runner.withBean(MigrationsBackup.class, () -> request -> {
                    throw new IllegalStateException("snapshot quota exceeded");
                })
                .withPropertyValues("migrations.backup.on-upgrade=true")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IllegalStateException.class);
                    assertThat(context.getStartupFailure()).hasStackTraceContaining(BackupFailedException.class.getName())
                            .hasStackTraceContaining("The backup before upgrade to heads (2 pending) failed: "
                                    + "snapshot quota exceeded. Nothing was migrated.");
                    assertThat(Catalog.of(db.dataSource()).hasTable("items")).isFalse();
                    assertThat(Catalog.of(db.dataSource()).hasTable("migrations_version")).isFalse();
                });
    }
}
