package dev.migrations.backup;

/**
 * Makes a backup of a database before it is migrated. Each database has a built-in one (PostgreSQL's
 * {@code pg_dump}, H2's {@code SCRIPT TO}); an implementation of this interface replaces it, to call a cloud
 * provider's snapshot API, say.
 */
@FunctionalInterface
public interface MigrationsBackup {

    /**
     * Backs up the database the request names, and returns only once the backup is complete.
     *
     * @return where the backup is and how it was made, as the command line and the audit table show them
     * @throws Exception when no backup was made; an upgrade that asked for one then applies nothing
     */
    Backup backup(BackupRequest request) throws Exception;
}
