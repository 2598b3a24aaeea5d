package dev.migrations.tenant;

import dev.migrations.error.MigrationFailedException;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** What a run over a tenant set did, one outcome per tenant, in the order the tenants were given. */
public record TenantRun(List<TenantOutcome> outcomes, Duration took) {

    public TenantRun {
        outcomes = List.copyOf(outcomes);
    }

    public List<TenantOutcome> failed() {
        return outcomes.stream().filter(TenantOutcome::failed).toList();
    }

    /** Tenants not started because another failed first under {@link FailurePolicy#FAIL_FAST}. */
    public List<TenantOutcome> notStarted() {
        return outcomes.stream().filter(o -> !o.started()).toList();
    }

    /** Tenants for which this run applied or reverted at least one revision. */
    public List<TenantOutcome> changed() {
        return outcomes.stream().filter(o -> o.revisionsRun() > 0).toList();
    }

    /**
     * @throws MigrationFailedException naming every failed tenant with its error (the revision and the statement),
     *         and how many were not started
     */
    public TenantRun requireSuccess() {
        List<TenantOutcome> failed = failed();
        if (failed.isEmpty()) {
            return this;
        }
        String revisions = failed.stream().map(o -> o.failure().revision()).filter(r -> r != null).distinct()
                .collect(Collectors.joining(","));
        String each = failed.stream().map(o -> "  tenant " + o.tenant().name() + ": " + o.failure().getMessage())
                .collect(Collectors.joining("\n"));
        int notStarted = notStarted().size();
        throw new MigrationFailedException(revisions.isEmpty() ? null : revisions, failed.size() + " of "
                + outcomes.size() + " tenants failed" + (notStarted > 0 ? " and " + notStarted + " were not started "
                + "(fail-fast)" : "") + "; each failed tenant is left at its revision before the failure, the others "
                + "are consistent:\n" + each, failed.get(0).failure());
    }
}
