package dev.migrations.backup;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Instant;

/**
 * What to back up, and where a backup written to a file goes.
 *
 * @param dataSource the database's DataSource
 * @param jdbcUrl its JDBC URL, as the driver reports it
 * @param user the database user it connects as
 * @param database the database's name (its JDBC catalog)
 * @param askedFor the file the user named ({@code backup --to}), or null
 * @param directory where a backup goes when no file was named
 * @param at when the backup was asked for
 * @param reason why it is made, such as {@code before upgrade to heads (2 pending)}
 */
public record BackupRequest(DataSource dataSource, String jdbcUrl, String user, String database, Path askedFor,
                            Path directory, Instant at, String reason) {

    /**
     * The file a backup in the format of {@code extension} goes to: the one asked for, else a new one in the
     * directory named after the database and the time. An implementation that keeps backups elsewhere (a
     * snapshot) does not call it.
     */
    public Path file(String extension) {
        return askedFor != null ? askedFor : directory.resolve(BackupFiles.name(database, at, extension));
    }
}
