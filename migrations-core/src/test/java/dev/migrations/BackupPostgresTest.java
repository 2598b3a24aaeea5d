package dev.migrations;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupRequest;
import dev.migrations.backup.BackupSettings;
import dev.migrations.error.BackupFailedException;
import dev.migrations.fixtures.Catalog;
import dev.migrations.fixtures.BackupScenario;
import dev.migrations.fixtures.Story;
import dev.migrations.runtime.AuditAction;
import dev.migrations.runtime.AuditEntry;
import dev.migrations.runtime.RunResult;
import dev.migrations.schema.SchemaModel;
import dev.migrations.tenant.MigrationTenants;
import dev.migrations.tenant.TenantMigrations;
import dev.migrations.tenant.TenantProgress;
import dev.migrations.tenant.TenantRun;
import dev.migrations.testing.PsqlUri;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backups before an upgrade on PostgreSQL, made with the real pg_dump and restored with the real pg_restore into
 * a fresh database, which must then hold what the migrated one held before the upgrade; for schema tenants, one
 * backup of their database when one of them has something pending.
 */
class BackupPostgresTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.postgres();

    @RegisterExtension
    static TestDatabase restored = TestDatabase.postgres();

    @TempDir
    Path backups;

    @BeforeEach
    void emptyDatabases() {
        db.reset();
        restored.reset();
    }

    @Test
    void aBackupBeforeAnUpgradeRestoresIntoAFreshDatabaseAsTheDatabaseWasBeforeIt() throws Exception {
        SchemaModel before = BackupScenario.beforeTheUpgrade(db, "ANALYZE");

        RunResult run = migrations().upgradeAfterBackup("heads");

        Backup backup = run.backup().orElseThrow();
        assertThat(run.steps()).hasSize(4);
        assertThat(backup.method()).isEqualTo("pg_dump, custom format");
        Path file = Path.of(backup.location());
        assertThat(file.getParent()).isEqualTo(backups.toAbsolutePath());
        assertThat(file.getFileName().toString()).matches(databaseName(db) + "-\\d{8}T\\d{6}Z\\.dump");
        AuditEntry audited = backupAudit(db.dataSource()).get(0);
        assertThat(audited.revision()).isEqualTo("b2b2b2b2");
        assertThat(audited.detail()).isEqualTo("backup before upgrade to heads (4 pending) to " + file
                + " (pg_dump, custom format)");

        BackupScenario.restore(new ProcessBuilder("pg_restore", "--no-owner", "--dbname=" + PsqlUri.of(restored),
                file.toString()));

        BackupScenario.assertRestored(restored.dataSource(), before, "ANALYZE");
    }

    @Test
    void aBackupThatFailsLeavesTheDatabaseAsItWas() {
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(Story.all())
                .backupSettings(BackupSettings.of(backups, "false")).build();

        assertThatThrownBy(() -> migrations.upgradeAfterBackup("heads"))
                .isInstanceOf(BackupFailedException.class)
                .hasMessage("pg_dump exited with 1. No backup was made, and nothing was migrated.");
        assertThat(new Catalog(db.dataSource()).tables()).isEmpty();
    }

    @Test
    void aMissingDumpProgramIsNamedWithTheProperty() {
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(Story.all())
                .backupSettings(BackupSettings.of(backups, "/opt/nowhere/pg_dump")).build();

        assertThatThrownBy(() -> migrations.upgradeAfterBackup("heads"))
                .isInstanceOf(BackupFailedException.class)
                .hasMessageContaining("The configured backup command /opt/nowhere/pg_dump is not an executable file")
                .hasMessageContaining("migrations.backup.command");
        assertThat(new Catalog(db.dataSource()).tables()).isEmpty();
    }

    @Test
    void nothingPendingMakesNoBackup() throws Exception {
        migrations().upgrade();

        RunResult run = migrations().upgradeAfterBackup("heads");

        assertThat(run.backup()).isEmpty();
        try (var files = Files.list(backups)) {
            assertThat(files).isEmpty();
        }
        assertThat(backupAudit(db.dataSource())).isEmpty();
    }

    @Test
    void aBackupOnRequestGoesToTheFileNamedAndIsAudited() throws Exception {
        migrations().upgrade();
        Path file = backups.resolve("before-release.dump");

        Backup backup = migrations().backup(file);

        assertThat(backup.location()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(Files.size(file)).isPositive();
        assertThat(backupAudit(db.dataSource())).singleElement().satisfies(entry -> {
            assertThat(entry.revision()).isEqualTo("e5e5e5e5");
            assertThat(entry.detail()).startsWith("backup on request to " + file.toAbsolutePath());
        });
    }

    @Test
    void aBackupOfItsOwnReplacesPgDumpAndIsToldWhatToBackUp() throws Exception {
        AtomicReference<BackupRequest> asked = new AtomicReference<>();
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(Story.all())
                .backup(request -> {
                    asked.set(request);
                    return new Backup("snapshot-42", "volume snapshot");
                })
                .build();

        RunResult run = migrations.upgradeAfterBackup("heads");

        assertThat(run.backup()).contains(new Backup("snapshot-42", "volume snapshot"));
        assertThat(asked.get().jdbcUrl()).startsWith(db.jdbcUrl());
        assertThat(asked.get().user()).isEqualTo(db.user());
        assertThat(asked.get().database()).isEqualTo(databaseName(db));
        assertThat(asked.get().reason()).isEqualTo("before upgrade to heads (6 pending)");
        assertThat(backupAudit(db.dataSource())).singleElement().satisfies(entry -> {
            assertThat(entry.revision()).isEqualTo("<base>");
            assertThat(entry.detail()).endsWith("to snapshot-42 (volume snapshot)");
        });
    }

    @Test
    void aBackupOfItsOwnThatThrowsStopsTheUpgrade() {
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(Story.all())
                .backup(request -> {
                    throw new IllegalStateException("snapshot quota exceeded");
                })
                .build();

        assertThatThrownBy(() -> migrations.upgradeAfterBackup("heads"))
                .isInstanceOf(BackupFailedException.class)
                .hasMessage("The backup before upgrade to heads (6 pending) failed: snapshot quota exceeded. "
                        + "Nothing was migrated.");
        assertThat(new Catalog(db.dataSource()).tables()).isEmpty();
    }

    @Test
    void anAuditActionOfALaterReleaseIsReadAsUnknown() {
        migrations().upgrade();
        db.execute("INSERT INTO migrations_version_audit (revision, action, performed_at, performed_by, execution_ms, "
                + "detail) VALUES ('e5e5e5e5', 'ARCHIVE', CURRENT_TIMESTAMP, 'ops', 0, 'archived to cold storage')");

        assertThat(migrations().audit()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.UNKNOWN);
            assertThat(entry.detail()).isEqualTo("archived to cold storage");
        });
    }

    @Test
    void schemaTenantsGetOneBackupOfTheirDatabaseBeforeAnyOfThemChanges() throws Exception {
        tenants("pg_dump", "acme", "globex").upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();
        TenantMigrations withNewcomer = tenants("pg_dump", "acme", "globex", "initech");

        TenantRun run = withNewcomer.upgradeAfterBackup("heads", TenantProgress.Listener.NONE).requireSuccess();

        assertThat(run.changed()).extracting(o -> o.tenant().name()).containsExactly("initech");
        List<Path> made = files();
        assertThat(made).as("one backup for the three tenants").hasSize(1);
        BackupScenario.restore(new ProcessBuilder("pg_restore", "--no-owner", "--dbname=" + PsqlUri.of(restored),
                made.get(0).toString()));
        assertThat(restored.strings("SELECT nspname FROM pg_namespace WHERE nspname IN ('acme', 'globex', "
                + "'initech') ORDER BY nspname")).as("the database as it was before the upgrade")
                .containsExactly("acme", "globex");
        assertThat(restored.strings("SELECT count(*) FROM acme.migrations_version WHERE state = 'APPLIED'"))
                .containsExactly(String.valueOf(Story.all().size()));

        withNewcomer.upgradeAfterBackup("heads", TenantProgress.Listener.NONE).requireSuccess();
        assertThat(files()).as("nothing pending: no backup").hasSize(1);
    }

    @Test
    void aSchemaTenantWhoseStateCannotBeReadCountsAsChangingAndGetsTheBackupToo() throws Exception {
        tenants("pg_dump", "acme").upgrade("heads", TenantProgress.Listener.NONE).requireSuccess();
        db.execute("CREATE SCHEMA broken", "CREATE TABLE broken.migrations_version (unexpected INT)");

        TenantRun run = tenants("pg_dump", "acme", "broken").upgradeAfterBackup("heads",
                TenantProgress.Listener.NONE);

        assertThat(files()).as("made because broken cannot be read").hasSize(1);
        assertThat(run.failed()).extracting(o -> o.tenant().name()).containsExactly("broken");
    }

    @Test
    void aBackupThatFailsStopsATenantUpgradeBeforeAnyTenantChanges() {
        TenantMigrations tenants = tenants("false", "acme", "globex");

        assertThatThrownBy(() -> tenants.upgradeAfterBackup("heads", TenantProgress.Listener.NONE))
                .isInstanceOf(BackupFailedException.class).hasMessageContaining("nothing was migrated");

        assertThat(db.strings("SELECT nspname FROM pg_namespace WHERE nspname IN ('acme', 'globex')")).isEmpty();
    }

    private TenantMigrations tenants(String dumpCommand, String... schemas) {
        Migrations migrations = Migrations.builder(db.dataSource()).migrations(Story.all())
                .backupSettings(BackupSettings.of(backups, dumpCommand)).build();
        return TenantMigrations.builder(migrations, MigrationTenants.schemas(schemas)).parallelism(2).build();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(backups)) {
            return files.toList();
        }
    }

    private Migrations migrations() {
        return Migrations.builder(db.dataSource()).migrations(Story.all())
                .backupSettings(BackupSettings.of(backups, null)).build();
    }

    private static List<AuditEntry> backupAudit(DataSource dataSource) {
        return Migrations.builder(dataSource).migrations(Story.all()).build().audit().stream()
                .filter(entry -> entry.action() == AuditAction.BACKUP).toList();
    }

    private static String databaseName(TestDatabase database) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return c.getCatalog();
        }
    }
}
