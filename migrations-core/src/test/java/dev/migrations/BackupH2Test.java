package dev.migrations;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupSettings;
import dev.migrations.dialect.Dialects;
import dev.migrations.fixtures.Catalog;
import dev.migrations.fixtures.Story;
import dev.migrations.runtime.RunResult;
import dev.migrations.schema.ReadScope;
import dev.migrations.schema.SchemaModel;
import dev.migrations.testing.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
        Migrations.builder(db.dataSource()).migrations(Story.all().subList(0, 2)).build().upgrade();
        db.execute("INSERT INTO users (email) VALUES ('ada@example.com')",
                "INSERT INTO posts (user_id, title) SELECT id, 'first post' FROM users");
        SchemaModel before = schema(db.dataSource());

        RunResult run = Migrations.builder(db.dataSource()).migrations(Story.all())
                .backupSettings(BackupSettings.of(backups, null)).build().upgradeAfterBackup("heads");

        Backup backup = run.backup().orElseThrow();
        assertThat(backup.method()).isEqualTo("H2 SCRIPT TO (SQL)");
        assertThat(backup.location()).startsWith(backups.toAbsolutePath().toString()).endsWith(".sql");
        JdbcDataSource restored = new JdbcDataSource();
        restored.setURL("jdbc:h2:mem:restored-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = restored.getConnection(); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + backup.location() + "'");
            assertThat(schema(restored)).isEqualTo(before);
            assertThat(new Catalog(restored).count("SELECT count(*) FROM posts p JOIN users u ON u.id = p.user_id "
                    + "WHERE u.email = 'ada@example.com' AND p.title = 'first post'")).isEqualTo(1);
            assertThat(Migrations.builder(restored).migrations(Story.all()).build().current())
                    .extracting(RevisionStatus::revision).containsExactly("b2b2b2b2");
            s.execute("SHUTDOWN");
        }
    }

    private static SchemaModel schema(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Dialects.detect(c).schemaReader().read(c, ReadScope.currentSchema("migrations_version"));
        }
    }
}
