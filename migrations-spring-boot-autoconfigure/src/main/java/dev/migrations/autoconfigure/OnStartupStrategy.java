package dev.migrations.autoconfigure;

import dev.migrations.ValidationReport;
import dev.migrations.Verification;
import dev.migrations.graph.Revision;
import dev.migrations.tenant.TenantMigrations;
import dev.migrations.tenant.TenantProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** The start-up action {@code migrations.on-startup} names, used when the application declares no {@link MigrationsStrategy}. */
final class OnStartupStrategy implements MigrationsStrategy {

    private static final Logger log = LoggerFactory.getLogger(OnStartupStrategy.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(5);

    private final OnStartup onStartup;
    private final boolean backupFirst;

    /** @param backupFirst whether an upgrade backs the database up first, when something is pending */
    OnStartupStrategy(OnStartup onStartup, boolean backupFirst) {
        this.onStartup = onStartup;
        this.backupFirst = backupFirst;
    }

    @Override
    public void migrate(MigrationSet set) {
        if (set.tenants() != null) {
            migrateTenants(set, set.tenants());
            return;
        }
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
                if (!report.aheadOfCode().isEmpty()) {
                    log.warn("Migration set '{}': the database is ahead of this code, {} applied by a newer release; "
                            + "running on the newer schema, as an older release's replicas do during a rolling deploy",
                            set.name(), report.aheadOfCode().stream()
                                    .map(r -> Revision.label(r.revision(), r.message())).toList());
                }
            }
            case NONE -> {
            }
        }
    }

    /** A set with tenants migrates each tenant, never its own schema; progress is logged every few seconds. */
    private void migrateTenants(MigrationSet set, TenantMigrations tenants) {
        switch (onStartup) {
            case UPGRADE -> {
                TenantProgress.Listener progress = TenantProgress.Listener.every(PROGRESS_INTERVAL,
                        line -> log.info("Migration set '{}': {}", set.name(), line));
                (backupFirst ? tenants.upgradeAfterBackup(set.target(), progress)
                        : tenants.upgrade(set.target(), progress)).requireSuccess();
            }
            case VALIDATE -> tenants.requireUpToDate();
            case NONE -> {
            }
        }
    }
}
