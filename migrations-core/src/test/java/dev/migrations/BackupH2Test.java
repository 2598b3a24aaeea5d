package dev.migrations;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupSettings;
import dev.migrations.fixtures.BackupScenario;
import dev.migrations.fixtures.Story;
import dev.migrations.runtime.RunResult;
import dev.migrations.schema.SchemaModel;
import dev.migrations.testing.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** H2's built-in backup, SCRIPT TO, restored with RUNSCRIPT FROM into a new database. */
class BackupH2Test {

    @RegisterExtension
    static TestDatabase db = TestDatabase.h2();

    @TempDir
    Path backups;

    @Test
    void aBackupBeforeAnUpgradeRestoresTheDatabaseAsItWasBeforeIt() throws Exception {
        db.reset();
        SchemaModel before = BackupScenario.beforeTheUpgrade(db, null);

        RunResult run = Migrations.builder(db.dataSource()).migrations(Story.all())
                .backupSettings(BackupSettings.of(backups, null)).build().upgradeAfterBackup("heads");

        Backup backup = run.backup().orElseThrow();
        assertThat(backup.method()).isEqualTo("H2 SCRIPT TO (SQL)");
        assertThat(backup.location()).startsWith(backups.toAbsolutePath().toString()).endsWith(".sql");
        JdbcDataSource restored = new JdbcDataSource();
        restored.setURL("jdbc:h2:mem:restored-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = restored.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + backup.location() + "'");
            BackupScenario.assertRestored(restored, before, null);
            s.execute("SHUTDOWN");
        }
    }
}
