package dev.migrations.backup;

/**
 * A backup that was made.
 *
 * @param location where it is: a file's path, a snapshot's id
 * @param method how it was made, such as {@code pg_dump, custom format}
 */
public record Backup(String location, String method) {
}
