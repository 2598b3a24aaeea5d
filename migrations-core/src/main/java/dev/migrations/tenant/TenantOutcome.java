package dev.migrations.tenant;

import dev.migrations.error.MigrationException;
import dev.migrations.runtime.RunResult;

import java.time.Duration;

/**
 * What one tenant's run did: applied (or found nothing to do), failed, or was not started because another tenant
 * failed first under {@link FailurePolicy#FAIL_FAST}.
 *
 * @param result the run's result, or null when it failed or did not start
 * @param failure the failure, or null
 */
public record TenantOutcome(Tenant tenant, RunResult result, MigrationException failure, Duration took) {

    static TenantOutcome notStarted(Tenant tenant) {
        return new TenantOutcome(tenant, null, null, Duration.ZERO);
    }

    public boolean failed() {
        return failure != null;
    }

    public boolean started() {
        return result != null || failure != null;
    }

    /** Revisions this run applied or reverted for the tenant. */
    public int revisionsRun() {
        return result == null ? 0 : result.steps().size();
    }
}
