package dev.migrations.autoconfigure;

import dev.migrations.ValidationReport;
import dev.migrations.Verification;

/** The start-up action {@code migrations.on-startup} names, used when the application declares no {@link MigrationsStrategy}. */
final class OnStartupStrategy implements MigrationsStrategy {

    private final OnStartup onStartup;
    private final boolean backupFirst;

    /** @param backupFirst whether an upgrade backs the database up first, when something is pending */
    OnStartupStrategy(OnStartup onStartup, boolean backupFirst) {
        this.onStartup = onStartup;
        this.backupFirst = backupFirst;
    }

    @Override
    public void migrate(MigrationSet set) {
        switch (onStartup) {
            case UPGRADE -> {
                if (backupFirst) {
                    set.migrations().upgradeAfterBackup(set.target());
                } else {
                    set.migrations().upgrade(set.target());
                }
            }
            case VALIDATE -> {
                // As fast as an upgrade with nothing pending; `migrations validate` compares every checksum.
                ValidationReport report = set.migrations().validate(set.target(), Verification.SOURCE_FINGERPRINTS);
                if (!report.upToDate()) {
                    throw new StartupValidationException(set.name(), report);
                }
            }
            case NONE -> {
            }
        }
    }
}
