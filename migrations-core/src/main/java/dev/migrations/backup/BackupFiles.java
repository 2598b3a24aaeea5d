package dev.migrations.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The names of backup files written without a name asked for: the database, the time, the format. */
public final class BackupFiles {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private BackupFiles() {
    }

    /** Such as {@code shop-20261204T101500Z.dump}: sorts by time, never collides within a second's runs. */
    public static String name(String database, Instant at, String extension) {
        String safe = database == null || database.isBlank() ? "database" : database.replaceAll("[^A-Za-z0-9_.-]", "_");
        return safe + "-" + TIME.format(at) + "." + extension;
    }
}
