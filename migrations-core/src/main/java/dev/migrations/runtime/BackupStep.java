package dev.migrations.runtime;

import dev.migrations.backup.Backup;
import dev.migrations.backup.BackupRequest;
import dev.migrations.backup.BackupSettings;
import dev.migrations.backup.MigrationsBackup;
import dev.migrations.dialect.Dialect;
import dev.migrations.error.BackupFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;

/**
 * Makes a backup through the configured {@link MigrationsBackup}, or else the database's built-in one, and says
 * what it made; a backup that fails stops what asked for it.
 */
public final class BackupStep {

    private static final Logger log = LoggerFactory.getLogger(BackupStep.class);

    private final MigrationsBackup configured;
    private final BackupSettings settings;
    private final Clock clock;

    /** @param configured the backup to make, or null for the database's built-in one */
    public BackupStep(MigrationsBackup configured, BackupSettings settings, Clock clock) {
        this.configured = configured;
        this.settings = settings;
        this.clock = clock;
    }

    public static BackupStep builtIn() {
        return new BackupStep(null, BackupSettings.defaults(), Clock.systemUTC());
    }

    Backup make(DataSource dataSource, Connection c, Dialect dialect, Path askedFor, String reason)
            throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        BackupRequest request = new BackupRequest(dataSource, meta.getURL(), meta.getUserName(), c.getCatalog(),
                askedFor, settings.directory(), clock.instant(), reason);
        MigrationsBackup backup = configured != null ? configured : dialect.backup(settings);
        log.info("Backing up the database {}", reason);
        Backup made;
        try {
            made = backup.backup(request);
        } catch (BackupFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new BackupFailedException("The backup " + reason + " failed: " + e.getMessage()
                    + ". Nothing was migrated.", e);
        }
        if (made == null) {
            throw new BackupFailedException(backup.getClass().getName() + " returned no backup " + reason
                    + ": it must return where the backup is, or throw. Nothing was migrated.");
        }
        log.info("Backed up to {} ({})", made.location(), made.method());
        return made;
    }

    /** The audit row's revision for a backup: the revisions the database was at, {@code <base>} for none. */
    static String revisionsOf(Collection<String> heads) {
        String joined = heads.isEmpty() ? "<base>" : String.join(",", heads);
        return joined.length() <= 64 ? joined : joined.substring(0, 61) + "...";
    }
}
