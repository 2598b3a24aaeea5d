package dev.migrations.autoconfigure;

import dev.migrations.ValidationReport;
import dev.migrations.Verification;

/** The start-up action {@code migrations.on-startup} names, used when the application declares no {@link MigrationsStrategy}. */
final class OnStartupStrategy implements MigrationsStrategy {

    private final OnStartup onStartup;

    OnStartupStrategy(OnStartup onStartup) {
        this.onStartup = onStartup;
    }

    @Override
    public void migrate(MigrationSet set) {
        switch (onStartup) {
            case UPGRADE -> set.migrations().upgrade(set.target());
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
