package dev.migrations.dialect;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupRequest;
import dev.migrations.backup.MigrationsBackup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * H2's backup: {@code SCRIPT TO}, the whole database as SQL (schema and rows) in one file, restored with
 * {@code RUNSCRIPT FROM}. It works for in-memory databases too, whose data would otherwise be gone with the JVM.
 */
final class H2Script implements MigrationsBackup {

    @Override
    public Backup backup(BackupRequest request) throws Exception {
        Path file = request.file("sql").toAbsolutePath();
        try (Connection connection = request.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "'");
        }
        return new Backup(file.toString(), "H2 SCRIPT TO (SQL)");
    }
}
