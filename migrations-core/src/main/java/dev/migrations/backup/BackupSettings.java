package dev.migrations.backup;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the built-in backups work.
 *
 * @param directory where backups go when no file is named
 * @param command the dump program ({@code pg_dump}), or null to find it on the PATH
 * @param password the database password the dump program connects with, asked for only when a backup is made;
 *        it answers null when none is needed (trust, a {@code .pgpass} file, {@code PGPASSWORD} in the environment)
 */
public record BackupSettings(Path directory, String command, Supplier<String> password) {

    public BackupSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(password, "password");
    }

    /** Backups into {@code directory} with {@code command} (null: found), connecting without a password. */
    public static BackupSettings of(Path directory, String command) {
        return new BackupSettings(directory, command, () -> null);
    }

    public static BackupSettings defaults() {
        return of(Path.of(""), null);
    }
}
