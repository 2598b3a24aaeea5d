package dev.migrations;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupSettings;
import dev.migrations.fixtures.BackupScenario;
import dev.migrations.fixtures.Story;
import dev.migrations.runtime.RunResult;
import dev.migrations.schema.SchemaModel;
import dev.migrations.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** MariaDB's built-in backup, the real mariadb-dump, restored with the real mariadb client into a fresh database. */
class BackupMariaDbTest {

    @RegisterExtension
    static TestDatabase db = TestDatabase.mariadb();

    @RegisterExtension
    static TestDatabase restored = TestDatabase.mariadb();

    private static final String ANALYZE = "ANALYZE TABLE users, posts";

    @TempDir
    Path backups;

    @BeforeEach
    void emptyDatabases() {
        db.reset();
        restored.reset();
    }

    @Test
    void aBackupBeforeAnUpgradeRestoresIntoAFreshDatabaseAsTheDatabaseWasBeforeIt() throws Exception {
        SchemaModel before = BackupScenario.beforeTheUpgrade(db, ANALYZE);

        RunResult run = Migrations.builder(db.dataSource()).migrations(Story.all())
                .backupSettings(new BackupSettings(backups, null, db::password)).build().upgradeAfterBackup("heads");

        Backup backup = run.backup().orElseThrow();
        assertThat(backup.method()).isEqualTo("mariadb-dump, SQL");
        assertThat(backup.location()).startsWith(backups.toAbsolutePath().toString()).endsWith(".sql");
        URI target = URI.create(restored.jdbcUrl().substring("jdbc:".length()));
        BackupScenario.restore(new ProcessBuilder("mariadb", "--host=" + target.getHost(),
                "--port=" + (target.getPort() < 0 ? 3306 : target.getPort()), "--user=" + restored.user(),
                target.getPath().substring(1)).redirectInput(new File(backup.location())));

        BackupScenario.assertRestored(restored.dataSource(), before, ANALYZE);
    }
}
